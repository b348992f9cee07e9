import type { Billing, Report } from '../types.js';
import { replaceAssets } from './assets.js';
import { prepare } from './submit.js';
import type { ProviderName, SubmitOptions } from './types.js';

/** A local file as the dry run shows it: not uploaded, so its URL (presigned at upload) is not known yet. */
export interface PlannedUpload {
  /** The path as the request writes it. */
  written: string;
  path: string;
  /** The object key the upload would use (content-addressed), under the uploader's bucket and prefix. */
  key: string;
  /** Where uploads go, e.g. "s3://bucket/prefix/". */
  to: string | null;
  /** What stands in the body for the URL. */
  placeholder: string;
}

export type SubmitPlan =
  | { sent: false; reason: 'preflight'; provider: ProviderName; report: Report; notes: string[] }
  | {
      sent: false;
      reason: 'dry_run';
      provider: ProviderName;
      /** Where the body would be POSTed. */
      endpoint: string;
      /** The body submit would send, in the provider's dialect; local files as their placeholders. */
      body: Record<string, unknown>;
      uploads: PlannedUpload[];
      billing: Billing | null;
      estimatedCredits: number | null;
      notes: string[];
      report: Report;
    };

export const uploadPlaceholder = (written: string): string => `<upload of ${written}>`;

/**
 * `submit --dry-run`: everything submit does before the first upload (preflight, translation, hashing,
 * the journal's repeat check), and nothing sent or uploaded.
 */
export async function planSubmit(request: string | object, options: SubmitOptions): Promise<SubmitPlan> {
  const p = await prepare(request, options);
  if (!p.ready) return p.result;
  const { provider, c, body, notes, report, req, local } = p;
  const billing = report.requests[0]?.billing ?? null;
  const uploads = new Map<string, PlannedUpload>();
  for (const a of local) {
    if (!uploads.has(a.path)) uploads.set(a.path, { written: a.ref.written, path: a.path, key: a.key, to: options.uploader?.describe ?? null, placeholder: uploadPlaceholder(a.ref.written) });
  }
  return {
    sent: false,
    reason: 'dry_run',
    provider,
    endpoint: c.redact(`${c.baseUrl}${c.p.createPath}`),
    body: replaceAssets(body, req, local, (a) => uploads.get(a.path)!.placeholder),
    uploads: [...uploads.values()],
    billing,
    estimatedCredits: billing?.estimatedCredits ?? null,
    notes,
    report,
  };
}
