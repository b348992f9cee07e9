import { z } from 'zod';
import type { Facts, Report, Billing } from '../types.js';
import type { FixReport } from '../fixer/types.js';
import type { TaskState } from '../submit/types.js';

// Output schemas describe the library's own result types. Objects are loose (a newer server may add
// fields; a client's validator must not reject them); the type checks at the end keep them in step.

const kind = z.enum(['image', 'video', 'audio']);
const severity = z.enum(['error', 'warning', 'info']);
const num = z.number().nullable();
const str = z.string().nullable();

export const factsSchema = z.looseObject({
  source: z.string(),
  kind: kind.nullable(),
  format: str,
  mime: str,
  extension: z.string(),
  extensionMismatch: z.boolean(),
  bytes: num,
  width: num,
  height: num,
  durationSec: num,
  fps: z.looseObject({ num: z.number(), den: z.number(), value: z.number() }).nullable(),
  variableFrameRate: z.boolean().nullable(),
  videoCodec: str,
  audioCodec: str,
  hasVideoStream: z.boolean().nullable(),
  hasAudioStream: z.boolean().nullable(),
  sampleRate: num,
  channels: num,
  rotation: num,
  failure: z.looseObject({ reason: z.string(), detail: z.string(), hint: z.string().optional() }).nullable(),
  probedBy: str,
  remote: z.looseObject({
    finalUrl: z.string(),
    status: num,
    contentType: str,
    redirects: z.number(),
    expiresAt: str,
    expiresInSec: num,
    bytesRead: z.number(),
  }).nullable().optional(),
});

const problem = z.looseObject({
  code: z.string().describe('stable rule code, e.g. video.fps'),
  severity,
  message: z.string(),
  fix: str,
  actual: z.unknown(),
  limit: z.unknown(),
  source: z.looseObject({ title: z.string(), url: z.string() }).nullable().describe('the public document the limit comes from'),
  ruling: z.string().optional().describe('where documents disagree, which one is followed'),
});

export const billingSchema = z.looseObject({
  outputSeconds: num,
  referenceVideoSeconds: z.number(),
  billableSeconds: num,
  quality: str,
  creditsPerSecond: num,
  estimatedCredits: num,
  multiplier: z.number(),
});

export const reportSchema = z.looseObject({
  ok: z.boolean().describe('false when any asset or request has an error'),
  profile: z.string(),
  assets: z.array(z.looseObject({ source: z.string(), kind: kind.nullable(), ok: z.boolean(), facts: factsSchema, problems: z.array(problem) })),
  requests: z.array(z.looseObject({
    source: z.string(),
    ok: z.boolean(),
    profile: z.string(),
    problems: z.array(problem),
    billing: billingSchema.nullable(),
    assets: z.array(z.looseObject({ kind, index: z.number(), source: z.string() })),
    prompt: z.string().optional(),
  })),
  summary: z.looseObject({ errors: z.number(), warnings: z.number(), infos: z.number(), assets: z.number(), requests: z.number() }),
});

export const fixReportSchema = z.looseObject({
  ok: z.boolean().describe('every input ends in spec (fixed or unchanged)'),
  dryRun: z.boolean(),
  out: z.string(),
  profile: z.string(),
  fixed: z.array(z.looseObject({ source: z.string(), output: z.string(), actions: z.array(z.looseObject({ type: z.string(), code: z.string(), text: z.string() })) })),
  unchanged: z.array(z.looseObject({ source: z.string() })),
  unfixable: z.array(z.looseObject({ source: z.string(), code: z.string(), reason: z.string(), output: z.string().optional() })),
  failed: z.array(z.looseObject({ source: z.string(), output: z.string(), reason: z.string(), codes: z.array(z.string()), stderr: z.array(z.string()).optional() })),
});

const provider = z.enum(['evolink', 'aigptimage']);
const status = z.enum(['pending', 'processing', 'completed', 'failed']);

export const taskSchema = z.looseObject({
  provider,
  taskId: z.string(),
  status,
  providerStatus: z.string(),
  progress: num,
  resultUrls: z.array(z.string()),
  error: z.looseObject({ code: str, message: str }).nullable(),
  usage: z.record(z.string(), z.unknown()).nullable(),
});

/** Both outcomes of submit in one object (an output schema must be one): `sent` tells which fields are there. */
export const submitResultSchema = z.looseObject({
  sent: z.boolean().describe('false: the preflight found errors and nothing was sent (see report)'),
  provider,
  taskId: z.string().optional(),
  status: status.optional(),
  progress: num.optional(),
  resultUrls: z.array(z.string()).optional(),
  usage: z.record(z.string(), z.unknown()).nullable().optional(),
  estimatedCredits: num.optional(),
  uploads: z.array(z.looseObject({ path: z.string(), url: z.string(), expiresAt: z.string() })).optional(),
  notes: z.array(z.string()),
  report: reportSchema,
});

export const estimateSchema = z.looseObject({
  ok: z.boolean().describe('the request passed the preflight (an estimate of a request that fails is still given)'),
  profile: z.string(),
  billing: billingSchema.nullable().describe('null when the request could not be read'),
  assumptions: z.array(z.string()).describe('what the estimate takes for granted'),
  problems: z.array(problem),
});

// The schemas must describe what the library returns: a field renamed or removed there fails here.
type Known<T> = T extends readonly (infer E)[] ? Known<E>[] : T extends object ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> } : T;
type Describes<Actual extends Known<Schema>, Schema> = Actual;
export type Checked = [
  Describes<Report, z.infer<typeof reportSchema>>,
  Describes<Facts, z.infer<typeof factsSchema>>,
  Describes<Billing, z.infer<typeof billingSchema>>,
  Describes<FixReport, z.infer<typeof fixReportSchema>>,
  Describes<TaskState, z.infer<typeof taskSchema>>,
];
