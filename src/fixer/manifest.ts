import { isAbsolute, relative, sep } from 'node:path';
import type { Facts, Kind } from '../types.js';
import type { AssetRef, NormalizedRequest } from '../manifest/types.js';
import { fieldNames } from '../manifest/index.js';
import type { PlanOptions, TrimStrategy } from './types.js';
import { trimToBudget, type Clip } from './budget.js';

/** Request findings the fixer answers by changing clips; any other request error is left to the person. */
export const BUDGET_CODES: ReadonlySet<string> = new Set(['request.video_total_duration', 'request.audio_total_duration', 'request.video_total_bytes']);

export type Shares = Map<string, Pick<PlanOptions, 'trimTo' | 'maxBytes'>>;

/**
 * Per-file targets that bring a manifest's clips inside its together-budgets: total duration per kind
 * (trimmed by `strategy`, each clip kept at its minimum or more) and, where the profile caps it, total
 * video bytes (each clip gets a share by duration). Keys are absolute paths. `problem` when it cannot be done.
 */
export function manifestShares(req: NormalizedRequest, factsOf: (ref: AssetRef) => Facts | undefined, strategy: TrimStrategy): { shares: Shares; problem: string | null } {
  const shares: Shares = new Map();
  let problem: string | null = null;
  for (const kind of ['video', 'audio'] as const) {
    const r = durationShares(req, kind, factsOf, strategy, shares);
    problem ??= r;
  }
  bytesShares(req, factsOf, shares);
  return { shares, problem };
}

interface Measured {
  ref: AssetRef & { location: { type: 'path'; path: string } };
  facts: Facts;
}

function measured(refs: AssetRef[], factsOf: (ref: AssetRef) => Facts | undefined, pick: (f: Facts) => number | null): Measured[] {
  const out: Measured[] = [];
  for (const ref of refs) {
    const f = factsOf(ref);
    if (ref.location.type === 'path' && f && !f.failure && pick(f) !== null) out.push({ ref: ref as Measured['ref'], facts: f });
  }
  return out;
}

function durationShares(req: NormalizedRequest, kind: 'video' | 'audio', factsOf: (ref: AssetRef) => Facts | undefined, strategy: TrimStrategy, shares: Shares): string | null {
  const L = kind === 'video' ? req.profile.video : req.profile.audio;
  const clips = measured(kind === 'video' ? req.videos : req.audios, factsOf, (f) => f.durationSec);
  if (clips.length === 0) return null;
  const code = `request.${kind}_total_duration`;
  const budget = L.maxTotalDurationSec.value;
  const minClip = L.minDurationSec?.value ?? ('minTotalDurationSec' in L ? L.minTotalDurationSec?.value : undefined) ?? 0;
  const fpsOf = (m: Measured) => (kind === 'video' ? outputFps(m.facts, req) : null);
  const input: Clip[] = clips.map((m) => ({
    durationSec: Math.min(m.facts.durationSec!, L.maxDurationSec?.value ?? Infinity),
    floorSec: ceilTo(minClip, fpsOf(m)),
  }));
  const targets = trimToBudget(input, budget, strategy);
  if (!targets) return `the ${kind} clips cannot fit the ${budget} s together while each keeps at least ${minClip} s`;
  clips.forEach((m, i) => {
    const sec = Math.max(input[i].floorSec, floorTo(targets[i], fpsOf(m)));
    if (sec >= input[i].durationSec) return;
    const key = m.ref.location.path;
    const prev = shares.get(key) ?? {};
    if (!prev.trimTo || sec < prev.trimTo.sec) shares.set(key, { ...prev, trimTo: { sec, code } });
  });
  return null;
}

/** The older @Image1 page caps videos together, not each: each clip gets a share of the cap by its duration. */
function bytesShares(req: NormalizedRequest, factsOf: (ref: AssetRef) => Facts | undefined, shares: Shares): void {
  const cap = req.profile.video.maxTotalBytesExclusive;
  if (!cap) return;
  const clips = measured(req.videos, factsOf, (f) => f.bytes);
  const total = clips.reduce((s, m) => s + m.facts.bytes!, 0);
  if (total < cap.value) return;
  const seconds = clips.map((m) => m.facts.durationSec ?? 1);
  const all = seconds.reduce((a, b) => a + b, 0);
  clips.forEach((m, i) => {
    const bytes = Math.floor(((cap.value - 1) * seconds[i]) / all);
    if (m.facts.bytes! <= bytes) return;
    const key = m.ref.location.path;
    const prev = shares.get(key) ?? {};
    if (!prev.maxBytes || bytes < prev.maxBytes.bytes) shares.set(key, { ...prev, maxBytes: { bytes, code: 'request.video_total_bytes' } });
  });
}

/** The rate a clip will have after the fixer: its own, clamped into the profile's range. */
function outputFps(f: Facts, req: NormalizedRequest): number | null {
  if (!f.fps) return null;
  const v = f.fps.num / f.fps.den;
  return Math.min(Math.max(v, req.profile.video.minFps.value), req.profile.video.maxFps.value);
}

/** Whole frames (video) or whole milliseconds (audio), down or up. */
const grid = (fps: number | null) => fps ?? 1000;
const floorTo = (sec: number, fps: number | null) => Math.floor(sec * grid(fps) + 1e-6) / grid(fps);
const ceilTo = (sec: number, fps: number | null) => Math.ceil(sec * grid(fps) - 1e-6) / grid(fps);

export interface Repoint {
  kind: Kind;
  index: number;
  from: string;
  to: string;
  /** The absolute path the entry named. */
  abs: string;
}

/**
 * A copy of the body whose local asset strings point at `target(abs)` (relative to the new
 * manifest's folder), same order and indices; URLs and entries without a new target stay as written.
 */
export function rewriteBody(req: NormalizedRequest, manifestDir: string, target: (abs: string) => string | null): { body: unknown; repoints: Repoint[] } {
  const body = structuredClone(req.raw) as Record<string, unknown>;
  const names = fieldNames(req.dialect);
  const holder = (names.prefix.length ? body[names.prefix[0]] : body) as Record<string, unknown>;
  const repoints: Repoint[] = [];
  for (const ref of [...req.images, ...req.videos, ...req.audios]) {
    if (ref.location.type !== 'path') continue;
    const to = target(ref.location.path);
    const list = holder[names[ref.kind]] as unknown[];
    if (to !== null) {
      const written = toPosix(relative(manifestDir, to));
      list[ref.index] = written;
      repoints.push({ kind: ref.kind, index: ref.index, from: ref.written, to: written, abs: ref.location.path });
    } else if (!isAbsolute(ref.written) && !/^file:/i.test(ref.written)) {
      // unchanged, written relative to the old manifest: relative to the new one now
      list[ref.index] = toPosix(relative(manifestDir, ref.location.path));
    }
  }
  return { body, repoints };
}

const toPosix = (p: string) => p.split(sep).join('/');
