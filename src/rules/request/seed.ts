import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';

/** `seed` (the older @Image1 page): an integer; -1 means random. Other dialects do not define it (schema: unknown field). */
export const seedRules: RequestRule = (req, { profile }) => {
  const lim = profile.request.seed;
  const s = req.seed;
  if (!lim || s === null) return [];
  const { min, max } = lim.value;
  const out: Finding[] = [];
  if (!Number.isInteger(s) || s < min || s > max) {
    out.push({ code: 'request.seed', severity: lim.severity ?? 'error', args: { reason: Number.isInteger(s) ? 'range' : 'not_integer', actual: s, limit: { min, max, random: lim.value.random }, source: lim.source } });
  }
  return out;
};
