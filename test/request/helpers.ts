import { existsSync } from 'node:fs';
import type { Facts, Finding, Kind } from '../../src/types.js';
import type { AssetRef, NormalizedRequest } from '../../src/manifest/types.js';
import { normalizeRequest } from '../../src/manifest/index.js';
import { checkRequest, type RequestRuleContext } from '../../src/rules/request/index.js';

/** Synthetic facts: rules read only Facts, so these stand in for probes. */
export function facts(kind: Kind | null, over: Partial<Facts> = {}): Facts {
  return {
    source: 'synthetic',
    kind,
    format: kind === 'image' ? 'png' : kind === 'video' ? 'mp4' : kind === 'audio' ? 'mp3' : null,
    mime: null,
    extension: '',
    extensionMismatch: false,
    bytes: 1000,
    width: kind === 'audio' ? null : 1280,
    height: kind === 'audio' ? null : 720,
    durationSec: kind === 'image' ? null : 5,
    fps: null,
    variableFrameRate: null,
    videoCodec: null,
    audioCodec: null,
    hasVideoStream: kind === 'video',
    hasAudioStream: kind !== 'image',
    sampleRate: null,
    channels: null,
    rotation: null,
    failure: null,
    probedBy: 'test',
    ...over,
  };
}

export const urls = (kind: string, n: number, ext = kind === 'image' ? 'png' : kind === 'video' ? 'mp4' : 'mp3') =>
  Array.from({ length: n }, (_, i) => `https://cdn.example.com/${kind}${i + 1}.${ext}`);

/** Facts for assets by list position: `{ video: [f0, f1] }`. Missing entries are "not probed". */
export type FactMap = Partial<Record<Kind, (Facts | undefined)[]>>;

export function ctxFor(req: NormalizedRequest, map: FactMap = {}, exists?: (p: string) => boolean): RequestRuleContext {
  return { profile: req.profile, facts: (ref: AssetRef) => map[ref.kind]?.[ref.index], exists: exists ?? existsSync };
}

export function check(body: unknown, map: FactMap = {}, opts: { profile?: string } = {}): Finding[] {
  const req = normalizeRequest(body, 'test.json', { profile: opts.profile });
  return [...req.findings, ...checkRequest(req, ctxFor(req, map))];
}

export const codes = (fs: Finding[]) => fs.map((f) => f.code);
export const only = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);

export const base = { model: 'seedance-2.0-reference-to-video', prompt: 'A corgi running on a rain-soaked street' };
