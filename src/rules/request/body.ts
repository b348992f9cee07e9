import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';
import { allAssets } from './types.js';
import { fieldPath, fieldNames } from '../../manifest/fields.js';
import { isDataUri } from '../../manifest/assets.js';

/** Body size (UTF-8 JSON) and inlined assets (data: URIs, long base64 strings). */
export const bodyRules: RequestRule = (req, { profile }) => {
  const out: Finding[] = [];
  const max = profile.request.maxBodyBytes;
  if (req.bodyBytes > max.value) {
    out.push({ code: 'request.body_bytes', severity: max.severity ?? 'error', args: { actual: req.bodyBytes, limit: max.value, source: max.source } });
  }
  const inline = profile.request.noInlineData;
  if (inline.value) {
    const names = fieldNames(req.dialect);
    for (const ref of allAssets(req)) {
      if (ref.location.type !== 'data') continue;
      out.push({
        code: 'request.inline_data',
        severity: inline.severity ?? 'error',
        args: {
          kind: ref.kind,
          index: ref.index,
          form: isDataUri(ref.written) ? 'data_uri' : 'base64',
          actual: ref.written.length,
          path: fieldPath(req.dialect, names[ref.kind], ref.index),
          source: inline.source,
        },
      });
    }
  }
  return out;
};
