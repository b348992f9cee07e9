import type { Finding, Kind } from '../../types.js';
import type { AssetRef } from '../../manifest/types.js';
import type { RequestRule, RequestRuleContext } from './types.js';
import { refsOf, roundSum } from './types.js';

interface Sum {
  total: number;
  /** Clips whose value is not known (not probed or not measurable). */
  unknown: number;
  clips: number;
}

function sum(refs: AssetRef[], ctx: RequestRuleContext, pick: (f: NonNullable<ReturnType<RequestRuleContext['facts']>>) => number | null): Sum {
  let total = 0;
  let unknown = 0;
  for (const ref of refs) {
    const f = ctx.facts(ref);
    const v = f ? pick(f) : null;
    if (v === null || !Number.isFinite(v)) unknown++;
    else total += v;
  }
  return { total: roundSum(total), unknown, clips: refs.length };
}

function durationTotals(kind: Kind, code: string, req: Parameters<RequestRule>[0], ctx: RequestRuleContext): Finding[] {
  const refs = refsOf(req, kind);
  if (refs.length === 0) return [];
  const limits = kind === 'video' ? ctx.profile.video : ctx.profile.audio;
  const s = sum(refs, ctx, (f) => f.durationSec);
  const out: Finding[] = [];
  const max = limits.maxTotalDurationSec;
  // A partial sum over the limit is already over: more clips only add.
  if (s.total > max.value) {
    out.push({ code, severity: max.severity ?? 'error', args: { kind, bound: 'max', actual: s.total, limit: max.value, source: max.source, clips: s.clips, unknown: s.unknown } });
  }
  const min = 'minTotalDurationSec' in limits ? limits.minTotalDurationSec : undefined;
  if (min && s.unknown === 0 && s.total < min.value) {
    out.push({ code, severity: min.severity ?? 'error', args: { kind, bound: 'min', actual: s.total, limit: min.value, source: min.source, clips: s.clips, unknown: 0 } });
  }
  return out;
}

/** Video and audio durations together; video bytes together where the profile caps them (the older @Image1 page). */
export const totalRules: RequestRule = (req, ctx) => {
  const out = [
    ...durationTotals('video', 'request.video_total_duration', req, ctx),
    ...durationTotals('audio', 'request.audio_total_duration', req, ctx),
  ];
  const cap = ctx.profile.video.maxTotalBytesExclusive;
  if (cap && req.videos.length > 0) {
    const s = sum(req.videos, ctx, (f) => f.bytes);
    if (s.total >= cap.value) {
      out.push({ code: 'request.video_total_bytes', severity: cap.severity ?? 'error', args: { actual: s.total, limit: cap.value, exclusive: true, source: cap.source, ruling: cap.note, clips: s.clips, unknown: s.unknown } });
    }
  }
  return out;
};
