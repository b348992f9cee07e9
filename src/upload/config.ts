import { s3Uploader, UploadError, type S3UploaderConfig } from './s3.js';
import type { Uploader } from './types.js';

/** Flags that override the environment, as the CLI names them without the leading dashes. */
export interface S3Flags {
  's3-bucket'?: string;
  's3-prefix'?: string;
  's3-endpoint'?: string;
  's3-region'?: string;
  's3-expires'?: string;
  's3-access-key-id'?: string;
  's3-secret-access-key'?: string;
}

/** What to set, for the error a local path gives when no uploader is configured. */
export const UPLOADER_SETUP =
  'set SEEDANCE_S3_BUCKET (or --s3-bucket) and S3 credentials: SEEDANCE_S3_ACCESS_KEY_ID + SEEDANCE_S3_SECRET_ACCESS_KEY ' +
  '(or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY, or AWS_PROFILE); for R2, MinIO and other S3-compatible stores also ' +
  'SEEDANCE_S3_ENDPOINT (--s3-endpoint) and SEEDANCE_S3_REGION (--s3-region); optional SEEDANCE_S3_PREFIX (--s3-prefix) ' +
  'and SEEDANCE_S3_EXPIRES (--s3-expires, seconds, 86400-604800). Or put the files online yourself and write their https URLs in the manifest.';

/** The S3 uploader the flags and environment describe, or null when no bucket is named. */
export function uploaderFromEnv(env: NodeJS.ProcessEnv, flags: S3Flags = {}): Uploader | null {
  const pick = (flag: keyof S3Flags, ...vars: string[]) => flags[flag] ?? vars.map((v) => env[v]).find((v) => v !== undefined && v !== '');
  const bucket = pick('s3-bucket', 'SEEDANCE_S3_BUCKET');
  if (!bucket) return null;
  const accessKeyId = pick('s3-access-key-id', 'SEEDANCE_S3_ACCESS_KEY_ID');
  const secretAccessKey = pick('s3-secret-access-key', 'SEEDANCE_S3_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new UploadError('only half of an S3 key pair is set', 'set both SEEDANCE_S3_ACCESS_KEY_ID and SEEDANCE_S3_SECRET_ACCESS_KEY (or the --s3-* flags), or neither to use the AWS SDK chain');
  }
  const expires = pick('s3-expires', 'SEEDANCE_S3_EXPIRES');
  if (expires !== undefined && !/^\d+$/.test(expires)) throw new UploadError(`S3 URL lifetime '${expires}' is not a number of seconds`, 'e.g. --s3-expires 172800 (2 days)');
  const config: S3UploaderConfig = {
    bucket,
    prefix: pick('s3-prefix', 'SEEDANCE_S3_PREFIX'),
    endpoint: pick('s3-endpoint', 'SEEDANCE_S3_ENDPOINT'),
    region: pick('s3-region', 'SEEDANCE_S3_REGION', 'AWS_REGION', 'AWS_DEFAULT_REGION'),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: env.SEEDANCE_S3_SESSION_TOKEN || undefined } : undefined,
    expiresInSec: expires === undefined ? undefined : Number(expires),
  };
  return s3Uploader(config);
}
