/**
 * Makes a local file fetchable by the provider. `key` is the object name the caller proposes
 * (content-addressed, so a re-upload of the same bytes lands on the same key).
 */
export interface Uploader {
  put(localPath: string, key: string): Promise<{ url: string; expiresAt: Date }>;
  /** Secrets the uploader holds, so errors and output can redact them. */
  readonly secrets?: readonly string[];
  /** Where uploads go, for messages (e.g. "s3://bucket/prefix/"). */
  readonly describe?: string;
}

/** Presigned GET URLs must outlive the task: at least a day (tasks queue), at most SigV4's 7 days. */
export const MIN_URL_LIFETIME_SEC = 24 * 3600;
export const MAX_URL_LIFETIME_SEC = 7 * 24 * 3600;
export const DEFAULT_URL_LIFETIME_SEC = 2 * 24 * 3600;
