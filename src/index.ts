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
// The asynchronous functions load their modules on first call (lazy); the synchronous ones, the error
// classes and the constants come from small modules loaded here. The zod schemas are in
// 'seedance-preflight/schemas'.
import { lazy } from './api/lazy.js';
import type * as Lint from './lint.js';
import type * as Preflight from './preflight.js';
import type * as Probes from './probes/index.js';
import type * as ProfileLoad from './profiles/load.js';
import type * as Submit from './submit/submit.js';
import type * as Planner from './submit/plan.js';
import type * as Poll from './submit/poll.js';
import type * as Download from './submit/download.js';
import type * as Fixer from './fixer/index.js';

export const lint: typeof Lint.lint = lazy(() => import('./lint.js'), 'lint');
export type { LintOptions } from './lint.js';
export const preflight: typeof Preflight.preflight = lazy(() => import('./preflight.js'), 'preflight');
export type { PreflightOptions, PreflightRequest } from './preflight.js';
export { problems, type LocatedProblem } from './problems.js';
export const probe: typeof Probes.probe = lazy(() => import('./probes/index.js'), 'probe');
export type { ProbeOptions } from './probes/index.js';
export type { ByteSource } from './probes/source.js';
export { profiles, findProfile } from './profiles/index.js';
export type { Profile, Limit, Source, Dialect } from './profiles/index.js';
export type { EvolinkRequest, EvolinkTagsRequest, MiniRequest, AigptimageRequest } from './schemas/public.js';
export const loadProfileFiles: typeof ProfileLoad.loadProfileFiles = lazy(() => import('./profiles/load.js'), 'loadProfileFiles');
export { ProfileFileError, type ProfileFile } from './profiles/file.js';
export { codes, type Code } from './rules/codes.js';
export { loadFormatter, FORMATS, type FormatName, type Formatter, type FormatterOptions } from './reporters/load.js';
export { PreflightError, PreflightUsageError, PreflightEnvironmentError } from './errors.js';
export type * from './types.js';
export const submit: typeof Submit.submit = lazy(() => import('./submit/submit.js'), 'submit');
export const planSubmit: typeof Planner.planSubmit = lazy(() => import('./submit/plan.js'), 'planSubmit');
export type { SubmitPlan, PlannedUpload } from './submit/plan.js';
export const getTask: typeof Poll.getTask = lazy(() => import('./submit/poll.js'), 'getTask');
export const waitForTask: typeof Poll.waitForTask = lazy(() => import('./submit/poll.js'), 'waitForTask');
export const downloadResults: typeof Download.downloadResults = lazy(() => import('./submit/download.js'), 'downloadResults');
export { SubmitError, AmbiguousSubmitError, isSubmitError, type SubmitErrorKind } from './submit/errors.js';
export type { SubmitOptions, SubmitResult, SubmitPhase, ProgressEvent, WaitOptions, JournalOptions, Transport, ProviderTarget, ProviderName, TaskState, TaskStatus, SavedResult, UploadedAsset } from './submit/types.js';
export { s3Uploader, uploaderFromEnv, UploadError, type Uploader, type S3UploaderConfig } from './upload/index.js';
export const fix: typeof Fixer.fix = lazy(() => import('./fixer/index.js'), 'fix');
export { plan } from './fixer/plan.js';
export type { FixOptions, FixReport } from './fixer/index.js';
