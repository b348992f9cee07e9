import type { Finding, Kind } from '../../types.js';
import type { RequestRule } from './types.js';
import { allAssets, refsOf } from './types.js';
import { fieldNames } from '../../manifest/fields.js';

const KINDS: Kind[] = ['image', 'video', 'audio'];

/** request.count per kind, and request.asset_cap on all assets together (12 on the older @Image1 page). */
export const countRules: RequestRule = (req, { profile }) => {
  const out: Finding[] = [];
  const names = fieldNames(req.dialect);
  for (const kind of KINDS) {
    const limit = profile[kind].maxCount;
    const actual = refsOf(req, kind).length;
    if (actual > limit.value) {
      out.push({ code: 'request.count', severity: limit.severity ?? 'error', args: { kind, field: names[kind], actual, limit: limit.value, source: limit.source } });
    }
  }
  const cap = profile.request.maxAssets;
  const total = allAssets(req).length;
  if (cap && total > cap.value) {
    out.push({
      code: 'request.asset_cap',
      severity: cap.severity ?? 'error',
      args: { actual: total, limit: cap.value, source: cap.source, ruling: cap.note, images: req.images.length, videos: req.videos.length, audios: req.audios.length },
    });
  }
  return out;
};
