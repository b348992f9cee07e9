import type { Finding, Kind } from '../types.js';
import { selectProfile } from '../profiles/index.js';
import { validateBody } from '../schemas/validate.js';
import { locateWith, shortWritten } from './assets.js';
import { fieldNames, fieldPath } from './fields.js';
import type { AssetRef, NormalizedRequest, NormalizeOptions, PathOps } from './types.js';

type Obj = Record<string, unknown>;

const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

function refs(list: unknown, kind: Kind, baseDir: string, paths: PathOps): AssetRef[] {
  if (!Array.isArray(list)) return [];
  const out: AssetRef[] = [];
  list.forEach((item, index) => {
    // Non-strings are schema errors; skipping them keeps the other indices as written.
    if (typeof item === 'string') out.push({ kind, index, written: item, location: locateWith(item, baseDir, paths) });
  });
  return out;
}

/** UTF-8 length of compact JSON; a body JSON cannot encode (cycles, BigInt) counts as 0. */
function jsonBytes(body: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(body) ?? '').length;
  } catch {
    return 0;
  }
}

/**
 * Turns a request body (any dialect) into a NormalizedRequest, with the schema findings; asset
 * strings become locations through the runtime's `paths` (see normalize.ts for Node's).
 */
export function normalizeWith(body: unknown, source: string, opts: NormalizeOptions, paths: PathOps): NormalizedRequest {
  const choice = selectProfile(body, opts.profile, opts.profiles);
  const profile = choice.profile;
  const dialect = profile.dialect;
  const baseDir = paths.base(opts.baseDir);
  const top = asObj(body);
  const b = dialect === 'aigptimage' ? asObj(top.input) : top;
  const names = fieldNames(dialect);

  const findings: Finding[] = validateBody(body, profile);
  // The body's shape moved it to the older @Image1 dialect: say so, with what that profile allows.
  if (choice.why) {
    findings.push({ code: 'request.profile_chosen', severity: 'info', args: { actual: profile.id, why: choice.why, model: typeof top.model === 'string' ? top.model : null, qualities: profile.request.qualities.value, source: profile.source } });
  }
  const images = refs(b[names.image], 'image', baseDir, paths);
  const videos = refs(b[names.video], 'video', baseDir, paths);
  const audios = refs(b[names.audio], 'audio', baseDir, paths);

  if (opts.checkEscapes ?? opts.baseDir !== undefined) {
    for (const ref of [...images, ...videos, ...audios]) {
      if (ref.location.type === 'path' && paths.escapes(ref.location.path, baseDir)) {
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
