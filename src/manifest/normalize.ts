import { resolve } from 'node:path';
import type { Finding, Kind } from '../types.js';
import { selectProfile } from '../profiles/index.js';
import type { Dialect } from '../profiles/types.js';
import { validateBody, jsonPath } from '../schemas/validate.js';
import { CONTENT_FILTER_FIELD } from '../schemas/mini.js';
import { escapes, locate, shortWritten } from './assets.js';
import type { AssetRef, NormalizedRequest, NormalizeOptions } from './types.js';

type Obj = Record<string, unknown>;

const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

/** The JSON field names per dialect, so findings and messages can name what the user wrote. */
export function fieldNames(dialect: Dialect) {
  if (dialect === 'aigptimage') {
    return {
      prefix: ['input'],
      image: 'reference_image_urls',
      video: 'reference_video_urls',
      audio: 'reference_audio_urls',
      quality: 'resolution',
      aspectRatio: 'ratio',
      contentFilter: 'nsfw_checker',
    } as const;
  }
  return {
    prefix: [],
    image: 'image_urls',
    video: 'video_urls',
    audio: 'audio_urls',
    quality: 'quality',
    aspectRatio: 'aspect_ratio',
    contentFilter: CONTENT_FILTER_FIELD,
  } as const;
}

/** `$.image_urls` or `$.input.prompt` for a field of the request's dialect. */
export function fieldPath(dialect: Dialect, field: string, index?: number): string {
  const segs: (string | number)[] = [...fieldNames(dialect).prefix, field];
  if (index !== undefined) segs.push(index);
  return jsonPath(segs);
}

function refs(list: unknown, kind: Kind, baseDir: string): AssetRef[] {
  if (!Array.isArray(list)) return [];
  const out: AssetRef[] = [];
  list.forEach((item, index) => {
    // Non-strings are schema errors; skipping them keeps the other indices as written.
    if (typeof item === 'string') out.push({ kind, index, written: item, location: locate(item, baseDir) });
  });
  return out;
}

/** UTF-8 length of compact JSON; a body JSON cannot encode (cycles, BigInt) counts as 0. */
function jsonBytes(body: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(body) ?? '', 'utf8');
  } catch {
    return 0;
  }
}

/**
 * Turns a request body (any dialect) into a NormalizedRequest, with the schema findings.
 * Library callers pass the object they are about to send.
 */
export function normalizeRequest(body: unknown, source: string, opts: NormalizeOptions = {}): NormalizedRequest {
  const choice = selectProfile(body, opts.profile);
  const profile = choice.profile;
  const dialect = profile.dialect;
  const baseDir = resolve(opts.baseDir ?? process.cwd());
  const top = asObj(body);
  const b = dialect === 'aigptimage' ? asObj(top.input) : top;
  const names = fieldNames(dialect);

  const findings: Finding[] = validateBody(body, profile);
  const images = refs(b[names.image], 'image', baseDir);
  const videos = refs(b[names.video], 'video', baseDir);
  const audios = refs(b[names.audio], 'audio', baseDir);

  if (opts.checkEscapes ?? opts.baseDir !== undefined) {
    for (const ref of [...images, ...videos, ...audios]) {
      if (ref.location.type === 'path' && escapes(ref.location.path, baseDir)) {
        findings.push({
          code: 'request.path_escapes',
          severity: 'warning',
          args: { kind: ref.kind, index: ref.index, written: shortWritten(ref.written), actual: ref.location.path, limit: baseDir, path: fieldPath(dialect, names[ref.kind], ref.index) },
        });
      }
    }
  }

  const aspectRatio = dialect === 'aigptimage' ? (str(b.ratio) ?? str(b.aspect_ratio)) : str(b.aspect_ratio);

  return {
    source,
    dialect,
    model: str(top.model),
    prompt: str(b.prompt),
    images,
    videos,
    audios,
    duration: num(b.duration),
    quality: str(b[names.quality]),
    aspectRatio,
    generateAudio: bool(b.generate_audio),
    callbackUrl: dialect === 'aigptimage' ? null : str(b.callback_url),
    seed: dialect === 'evolink-tags' ? num(b.seed) : null,
    contentFilter: bool(b[names.contentFilter]),
    raw: body,
    bodyBytes: jsonBytes(body),
    profile,
    profileReason: choice.reason,
    parsed: true,
    findings,
  };
}
