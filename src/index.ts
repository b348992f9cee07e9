/**
 * seedance-preflight: check every reference asset of a Seedance 2.0 reference-to-video request before
 * it is sent.
 *
 * @example
 *   import { preflight, problems } from 'seedance-preflight';
 *   const report = await preflight({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1 ...',
 *     image_urls: ['./cat.jpg'] });
 *   if (!report.ok) for (const p of problems(report)) console.log(p.subject, p.code, p.message);
 */
export { lint, type LintOptions } from './lint.js';
export { preflight, type PreflightOptions, type PreflightRequest } from './preflight.js';
export { problems, type LocatedProblem } from './problems.js';
export { probe, type ProbeOptions } from './probes/index.js';
export type { ByteSource } from './probes/source.js';
export { profiles, findProfile } from './profiles/index.js';
export type { Profile, Limit, Source, Dialect } from './profiles/index.js';
export { evolinkRequestSchema, evolinkTagsRequestSchema, miniRequestSchema, aigptimageRequestSchema } from './schemas/index.js';
export type { EvolinkRequest, EvolinkTagsRequest, MiniRequest, AigptimageRequest } from './schemas/index.js';
export { loadProfileFiles } from './profiles/load.js';
export { ProfileFileError, type ProfileFile } from './profiles/file.js';
export { codes, type Code } from './rules/codes.js';
export { loadFormatter, FORMATS, type FormatName, type Formatter, type FormatterOptions } from './reporters/load.js';
export { PreflightError, PreflightUsageError, PreflightEnvironmentError } from './errors.js';
export type * from './types.js';
export { submit, planSubmit, type SubmitPlan, type PlannedUpload, getTask, waitForTask, downloadResults, SubmitError, AmbiguousSubmitError, isSubmitError, type SubmitErrorKind } from './submit/index.js';
export type { SubmitOptions, SubmitResult, SubmitPhase, ProgressEvent, WaitOptions, JournalOptions, Transport, ProviderTarget, ProviderName, TaskState, TaskStatus, SavedResult, UploadedAsset } from './submit/types.js';
export { s3Uploader, uploaderFromEnv, UploadError, type Uploader, type S3UploaderConfig } from './upload/index.js';
export { fix, plan } from './fixer/index.js';
export type { FixOptions, FixReport } from './fixer/index.js';
