import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';
import { allAssets } from './types.js';
import { shortWritten } from '../../manifest/assets.js';

/**
 * Assets nobody probed: URLs (request.url_not_checked, warning, until remote probing lands) and
 * local paths that do not exist (request.asset_missing, error). A local file that exists is the
 * asset rules' business, probed or not.
 */
export const assetPresenceRules: RequestRule = (req, ctx) => {
  const out: Finding[] = [];
  for (const ref of allAssets(req)) {
    if (ctx.facts(ref)) continue;
    const loc = ref.location;
    if (loc.type === 'url') {
      out.push({ code: 'request.url_not_checked', severity: 'warning', args: { kind: ref.kind, index: ref.index, url: shortWritten(loc.url), scheme: /^([a-z][a-z0-9+.-]*):/i.exec(loc.url)?.[1]?.toLowerCase() ?? null, detail: ctx.unchecked?.(ref) } });
    } else if (loc.type === 'path' && !ctx.exists(loc.path)) {
      out.push({ code: 'request.asset_missing', severity: 'error', args: { kind: ref.kind, index: ref.index, written: shortWritten(ref.written), path: loc.path } });
    }
  }
  return out;
};
