import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';

/** Output duration: an integer in [min, max], or the profile's "auto" value (-1, the older @Image1 page only). */
export const durationRules: RequestRule = (req, { profile }) => {
  const d = req.duration;
  if (d === null) return [];
  const lim = profile.request.durations;
  const { min, max, integer, auto } = lim.value;
  const limit = { min, max, integer, auto };
  const out: Finding[] = [];
  const fail = (reason: string) =>
    out.push({ code: 'request.duration', severity: lim.severity ?? 'error', args: { reason, actual: d, limit, source: lim.source, ruling: lim.note } });
  if (auto !== null && d === auto) return [];
  if (d === -1) fail('auto_not_allowed');
  else if (integer && !Number.isInteger(d)) fail('not_integer');
  else if (d < min || d > max) fail('range');
  return out;
};
