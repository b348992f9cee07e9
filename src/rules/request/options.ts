import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';
import { AIGPTIMAGE } from '../../profiles/documents.js';
import { fieldNames } from '../../manifest/fields.js';

/** quality/resolution and aspect_ratio/ratio against the profile's lists (exact, case-sensitive as the API). */
export const optionRules: RequestRule = (req, { profile }) => {
  const out: Finding[] = [];
  const r = profile.request;
  const names = fieldNames(req.dialect);
  if (req.quality !== null && !r.qualities.value.includes(req.quality)) {
    out.push({
      code: 'request.quality',
      severity: r.qualities.severity ?? 'error',
      args: { field: names.quality, actual: req.quality, limit: r.qualities.value, source: r.qualities.source, ruling: r.qualities.note },
    });
  }
  if (req.aspectRatio !== null && !r.aspectRatios.value.includes(req.aspectRatio)) {
    out.push({
      code: 'request.aspect_ratio',
      severity: r.aspectRatios.severity ?? 'error',
      args: { field: aspectField(req), actual: req.aspectRatio, limit: r.aspectRatios.value, source: r.aspectRatios.source, ruling: r.aspectRatios.note },
    });
  }
  const input = req.dialect === 'aigptimage' ? (req.raw as { input?: Record<string, unknown> } | null)?.input : undefined;
  if (typeof input?.ratio === 'string' && typeof input.aspect_ratio === 'string' && input.ratio !== input.aspect_ratio) {
    out.push({ code: 'request.field_ignored', severity: 'info', args: { field: 'aspect_ratio', actual: input.aspect_ratio, winner: 'ratio', winnerValue: input.ratio, source: AIGPTIMAGE } });
  }
  return out;
};

/** Which field the effective aspect ratio came from (aigptimage: ratio wins over aspect_ratio, per its page). */
function aspectField(req: Parameters<RequestRule>[0]): string {
  if (req.dialect !== 'aigptimage') return 'aspect_ratio';
  const input = (req.raw as { input?: Record<string, unknown> } | null)?.input;
  return typeof input?.ratio === 'string' ? 'ratio' : 'aspect_ratio';
}
