/** Why a URL could not be checked. Failures are data: the rule layer turns them into findings. */
export type RemoteFailureReason =
  | 'http_status'
  | 'timeout'
  | 'network'
  | 'blocked_address'
  | 'bad_scheme'
  | 'html_not_media'
  | 'too_many_redirects'
  | 'inline_data'
  | 'too_large';

export interface RemoteFailure {
  ok: false;
  reason: RemoteFailureReason;
  /** The URL as given. */
  url: string;
  /** The hop that failed (differs from `url` after redirects). */
  at: string;
  status?: number;
  /** What happened, with the measured value (status, address, seconds, bytes). */
  detail: string;
  /** What to do about it. */
  hint: string;
  /** HTTP requests made before giving up (set by openUrl). */
  requests?: number;
}

export function isRemoteFailure(x: unknown): x is RemoteFailure {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false && 'reason' in x;
}

/** Thrown by RemoteSource.read/size when the server fails after a successful open. */
export class RemoteError extends Error {
  constructor(readonly failure: RemoteFailure) {
    super(`${failure.reason}: ${failure.detail}`);
    this.name = 'RemoteError';
  }
}

const STATUS_HINTS: Record<number, string> = {
  401: 'The server wants credentials; the provider fetches without any. Use a public or presigned URL.',
  403: 'Access denied: a presigned URL whose signature expired or was made for another method, or a private bucket/object. Sign a fresh URL for GET, or make the object public-read.',
  404: 'Nothing at this address: the object key or path is wrong, or the object was deleted. Check the key (case, extension, URL-encoding).',
  410: 'The object was removed. Upload it again and use the new URL.',
  416: 'The server refused the byte range; the object may have changed while it was being read.',
  429: 'The host rate-limits requests. The provider may be refused too: host the file where it can be fetched freely.',
};

export function statusHint(status: number, extra = ''): string {
  const base =
    STATUS_HINTS[status] ??
    (status >= 500
      ? 'The host failed (server error). Retry later, or host the file somewhere reliable: the provider will hit the same error.'
      : 'The host refused the request. The provider fetches with a plain GET: the URL must answer it with the file.');
  return extra ? `${base} ${extra}` : base;
}

export const HINTS = {
  timeout: 'The host did not answer in time. The provider has a fetch timeout too: host the file somewhere fast and reachable.',
  network: 'The host could not be reached (DNS, refused or dropped connection, TLS). The provider would fail the same way.',
  blocked_address:
    'The host is a private, loopback or link-local address the provider cannot reach. Use a public URL (or --allow-private-urls for staging).',
  bad_scheme: 'Only http(s) URLs can be fetched by the provider. Upload the file and pass its https URL.',
  inline_data: 'Inline data:/base64 assets are not accepted. Upload the file and pass its URL.',
  html_not_media:
    'The URL serves a web page (a login, share or preview page), not the file. Use the direct download link of the file itself.',
  too_many_redirects: 'The URL redirects too many times (or in a loop). Use the final, direct URL of the file.',
  too_large: 'Reading this URL needed more bytes than the per-URL cap. Serve it with Range support, or raise the cap.',
} as const;

export function failure(
  reason: RemoteFailureReason,
  url: string,
  at: string,
  detail: string,
  extra: { status?: number; hint?: string } = {},
): RemoteFailure {
  const f: RemoteFailure = { ok: false, reason, url, at, detail, hint: extra.hint ?? (HINTS as Record<string, string>)[reason] ?? '' };
  if (extra.status !== undefined) f.status = extra.status;
  return f;
}
