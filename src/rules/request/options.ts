import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';
import { fieldNames } from '../../manifest/normalize.js';

/** quality/resolution and aspect_ratio/ratio against the profile's lists (exact, case-sensitive as the API). */
export const optionRules: RequestRule = (req, { profile }) => {
  const out: Finding[] = [];
  const r = profile.request;
  const names = fieldNames(req.dialect);
  if (req.quality !== null && !r.qualities.value.includes(req.quality)) {
    out.push({
      code: 'request.quality',
      severity: r.qualities.severity ?? 'error',
      args: { field: names.quality, actual: req.quality, limit: r.qualities.value, seed: r.qualities.seed, note: r.qualities.note },
    });
  }
  if (req.aspectRatio !== null && !r.aspectRatios.value.includes(req.aspectRatio)) {
    out.push({
      code: 'request.aspect_ratio',
      severity: r.aspectRatios.severity ?? 'error',
      args: { field: aspectField(req), actual: req.aspectRatio, limit: r.aspectRatios.value, seed: r.aspectRatios.seed },
    });
  }
  const input = req.dialect === 'aigptimage' ? (req.raw as { input?: Record<string, unknown> } | null)?.input : undefined;
  if (typeof input?.ratio === 'string' && typeof input.aspect_ratio === 'string' && input.ratio !== input.aspect_ratio) {
    out.push({ code: 'request.field_ignored', severity: 'info', args: { field: 'aspect_ratio', actual: input.aspect_ratio, winner: 'ratio', winnerValue: input.ratio, seed: '004' } });
  }
  return out;
};

/** Which field the effective aspect ratio came from (aigptimage: ratio wins over aspect_ratio, seed 004). */
function aspectField(req: Parameters<RequestRule>[0]): string {
  if (req.dialect !== 'aigptimage') return 'aspect_ratio';
  const input = (req.raw as { input?: Record<string, unknown> } | null)?.input;
  return typeof input?.ratio === 'string' ? 'ratio' : 'aspect_ratio';
}
