import { defaultProfile, findProfile, type Profile } from '../../profiles/index.js';
import type { AssetReport, Kind, RequestReport } from '../../types.js';

export interface Clip {
  /** As the prompt numbers it: "video 1". */
  label: string;
  source: string;
  /** null when the file could not be measured. */
  seconds: number | null;
}

export interface SecondsBudget {
  kind: 'video' | 'audio';
  clips: Clip[];
  /** Sum of the measured clips. */
  total: number;
  /** Clips whose length is unknown. */
  unknown: number;
  max: number;
  min: number | null;
}

export interface CountBudget {
  kind: Kind | 'all';
  count: number;
  max: number;
  /** Over the max is only a warning (e.g. the 12-asset cap of the older @Image1 page). */
  soft: boolean;
}

export interface AspectItem {
  label: string;
  source: string;
  kind: 'image' | 'video';
  width: number;
  height: number;
  ratio: number;
  min: number;
  max: number;
}

export interface RequestBudgets {
  video: SecondsBudget;
  audio: SecondsBudget;
  counts: CountBudget[];
  aspects: AspectItem[];
}

/** The profile a report or request names (merged reports join several with ","; the first known one wins). */
export function profileNamed(id: string): Profile {
  for (const part of id.split(',')) {
    const p = findProfile(part.trim());
    if (p) return p;
  }
  return defaultProfile;
}

export const assetLabel = (a: { kind: Kind; index: number }) => `${a.kind} ${a.index + 1}`;

/** Aspect ratio as the rules measure it: displayed width / height. */
export function aspectOf(a: AssetReport | undefined): number | null {
  const f = a?.facts;
  return f && f.width && f.height ? f.width / f.height : null;
}

/** Seconds, counts and aspect ratios of one request against its profile's limits. */
export function requestBudgets(req: RequestReport, assetOf: (source: string) => AssetReport | undefined, profile: Profile): RequestBudgets {
  const seconds = (kind: 'video' | 'audio'): SecondsBudget => {
    const clips = req.assets
      .filter((a) => a.kind === kind)
      .map((a) => ({ label: assetLabel(a), source: a.source, seconds: assetOf(a.source)?.facts.durationSec ?? null }));
    const limits = profile[kind];
    return {
      kind,
      clips,
      total: clips.reduce((s, c) => s + (c.seconds ?? 0), 0),
      unknown: clips.filter((c) => c.seconds === null).length,
      max: limits.maxTotalDurationSec.value,
      min: kind === 'video' ? (profile.video.minTotalDurationSec?.value ?? null) : null,
    };
  };
  const count = (kind: Kind): CountBudget => ({ kind, count: req.assets.filter((a) => a.kind === kind).length, max: profile[kind].maxCount.value, soft: false });
  const counts = [count('image'), count('video'), count('audio')];
  const cap = profile.request.maxAssets;
  if (cap) counts.push({ kind: 'all', count: req.assets.length, max: cap.value, soft: cap.severity === 'warning' });
  const aspects: AspectItem[] = [];
  for (const a of req.assets) {
    if (a.kind === 'audio') continue;
    const report = assetOf(a.source);
    const ratio = aspectOf(report);
    if (ratio === null) continue;
    const lim = profile[a.kind];
    aspects.push({ label: assetLabel(a), source: a.source, kind: a.kind, width: report!.facts.width!, height: report!.facts.height!, ratio, min: lim.minAspect.value, max: lim.maxAspect.value });
  }
  return { video: seconds('video'), audio: seconds('audio'), counts, aspects };
}
