import { normalizeWith } from './request.js';
import { nodePaths } from './paths.js';
import type { NormalizedRequest, NormalizeOptions } from './types.js';

export { fieldNames, fieldPath } from './fields.js';

/**
 * Turns a request body (any dialect) into a NormalizedRequest, with the schema findings.
 * Library callers pass the object they are about to send; relative asset paths resolve against
 * `baseDir` (default: the working directory).
 */
export function normalizeRequest(body: unknown, source: string, opts: NormalizeOptions = {}): NormalizedRequest {
  return normalizeWith(body, source, opts, nodePaths);
}
