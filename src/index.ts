/**
 * seedance-preflight: check every reference asset of a Seedance 2.0 reference-to-video request before
 * it is sent.
 *
 * @example
 *   import { preflight } from 'seedance-preflight';
 *   const report = await preflight({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1 ...',
 *     image_urls: ['./cat.jpg'] });
 *   if (!report.ok) console.log(report.requests[0].problems);
 */
export { lint, type LintOptions } from './lint.js';
export { preflight, type PreflightOptions } from './preflight.js';
export { probe } from './probes/index.js';
export { profiles, findProfile, selectProfile, defaultProfile, fastProfile, miniProfile, evolinkTagsProfile, aigptimageProfile, MB } from './profiles/index.js';
export type { Profile, Limit, Source, Dialect } from './profiles/index.js';
export * from './schemas/index.js';
export { codes, type Code } from './rules/codes.js';
export { checkAsset } from './rules/asset/index.js';
export { messages, render } from './messages/index.js';
export { formatPretty } from './reporters/pretty.js';
export { formatJson } from './reporters/json.js';
export { PreflightUsageError } from './errors.js';
export type * from './types.js';
export { submit, getTask, waitForTask, downloadResults, SubmitError, AmbiguousSubmitError, isSubmitError } from './submit/index.js';
export type { Uploader } from './upload/index.js';
export { s3Uploader, uploaderFromEnv } from './upload/index.js';
export { openUrl } from './remote/index.js';
export { fix, plan } from './fixer/index.js';
export type { FixOptions, FixReport } from './fixer/index.js';
