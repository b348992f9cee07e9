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
