/**
 * The remote room: URLs as ByteSources, fetched the way the provider's fetcher would.
 *
 *   const src = await openUrl(url, { allowPrivate });   // RemoteSource | RemoteFailure, never throws
 *   if (isRemoteFailure(src)) -> a finding from src.reason / status / detail / hint
 *   else { facts = await probe(src); src.meta...; await src.close(); }
 *
 * Reads after a successful open throw RemoteError (with .failure) when the server fails later.
 */
export { openUrl, type RemoteMeta, type RemoteSource } from './source.js';
export type { OpenUrlOptions, Resolver } from './options.js';
export { type RemoteFailure, type RemoteFailureReason, RemoteError, isRemoteFailure, statusHint, HINTS } from './failure.js';
export { expiresAt, expiresBefore, presignInfo, type Presign, DEFAULT_EXPIRY_MARGIN_SEC } from './expiry.js';
export { classifyAddress, hostLiteral, type AddressClass } from './address.js';
export {
  backoffDelay,
  parseRetryAfter,
  retryDecision,
  defaultRetryPolicy,
  realClock,
  type Clock,
  type Decision,
  type Outcome,
  type RetryPolicy,
} from './retry.js';
export { HostLimiter, defaultHostLimiter } from './limiter.js';
export type { Hop } from './session.js';
export { exposeSource, type Exposed } from './loopback.js';
export { RemoteRun, DEFAULT_RUN_DEADLINE_MS, type RemoteRunOptions } from './run.js';
