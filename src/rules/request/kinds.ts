import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';
import { allAssets } from './types.js';
import { fieldNames } from '../../manifest/fields.js';
import { shortWritten } from '../../manifest/assets.js';

/** An asset whose content is another kind than the list it is in (an mp3 in video_urls). */
export const kindRules: RequestRule = (req, { facts }) => {
  const out: Finding[] = [];
  const names = fieldNames(req.dialect);
  for (const ref of allAssets(req)) {
    const f = facts(ref);
    if (!f || f.kind === null || f.kind === ref.kind) continue;
    out.push({
      code: 'request.kind_mismatch',
      severity: 'error',
      args: { kind: ref.kind, index: ref.index, written: shortWritten(ref.written), field: names[ref.kind], actual: f.kind, limit: ref.kind, format: f.format, suggestedField: names[f.kind] },
    });
  }
  return out;
};
