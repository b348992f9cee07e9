import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';

/** Audio needs a visual anchor; no assets at all is text-to-video (allowed, but a cheaper model exists). */
export const presenceRules: RequestRule = (req, { profile }) => {
  const out: Finding[] = [];
  const r = profile.request;
  const visual = req.images.length + req.videos.length;
  if (r.audioNeedsVisual.value && req.audios.length > 0 && visual === 0) {
    out.push({ code: 'request.audio_without_visual', severity: r.audioNeedsVisual.severity ?? 'error', args: { audios: req.audios.length, actual: 0, limit: 1, source: r.audioNeedsVisual.source } });
  }
  if (r.noAssetsHint.value && visual + req.audios.length === 0) {
    out.push({ code: 'request.no_assets', severity: 'info', args: { actual: 0, source: r.noAssetsHint.source } });
  }
  return out;
};
