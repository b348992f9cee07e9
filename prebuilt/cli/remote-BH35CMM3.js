import {
  HINTS,
  RemoteError,
  isRemoteFailure,
  openUrl,
  statusHint
} from "./chunk-HHKJK7JU.js";
import {
  DEFAULT_EXPIRY_MARGIN_SEC,
  expiresAt,
  expiresBefore,
  presignInfo
} from "./chunk-ZTFXBDND.js";
import {
  backoffDelay,
  defaultRetryPolicy,
  parseRetryAfter,
  realClock,
  retryDecision
} from "./chunk-HQRQGH7A.js";
import {
  classifyAddress,
  hostLiteral
} from "./chunk-QOFGJFUA.js";
import {
  DEFAULT_RUN_DEADLINE_MS,
  HostLimiter,
  RemoteRun,
  defaultHostLimiter
} from "./chunk-OCHUQYK5.js";
import {
  exposeSource
} from "./chunk-L66XFO7E.js";
export {
  DEFAULT_EXPIRY_MARGIN_SEC,
  DEFAULT_RUN_DEADLINE_MS,
  HINTS,
  HostLimiter,
  RemoteError,
  RemoteRun,
  backoffDelay,
  classifyAddress,
  defaultHostLimiter,
  defaultRetryPolicy,
  expiresAt,
  expiresBefore,
  exposeSource,
  hostLiteral,
  isRemoteFailure,
  openUrl,
  parseRetryAfter,
  presignInfo,
  realClock,
  retryDecision,
  statusHint
};
