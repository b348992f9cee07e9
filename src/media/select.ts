import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { bundledFfmpegPath } from '../lib/binaries.js';

/**
 * Which ffmpeg the fixer runs. The bundled @ffmpeg-installer build dates from 2018; a newer one on
 * the machine has better encoders and filters, so it is preferred. Order: an explicit path (the
 * library option or SEEDANCE_PREFLIGHT_FFMPEG) as given; otherwise the newest of every `ffmpeg` on
 * PATH and the bundled one, compared by libavutil version (release and git builds both carry it).
 */

export interface FfmpegBinary {
  path: string;
  /** The `ffmpeg version ...` word as the build prints it, e.g. "5.1.9-0+deb12u1" or "N-47683-g0e8eb07980-static". */
  version: string;
  /** libavutil major.minor.micro: the comparable version. */
  libavutil: [number, number, number];
  /** Why this one: named by the caller, SEEDANCE_PREFLIGHT_FFMPEG, found on PATH, or the bundled build. */
  from: 'option' | 'env' | 'path' | 'bundled';
}

/** An explicit ffmpeg that does not run, or no ffmpeg at all. */
export class FfmpegSelectError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
    this.name = 'FfmpegSelectError';
  }
}

const versions = new Map<string, Omit<FfmpegBinary, 'from'> | null>();

/** `ffmpeg -version` of a binary, or null when it does not run or is not ffmpeg. Cached per path. */
export function readVersion(path: string): Omit<FfmpegBinary, 'from'> | null {
  if (versions.has(path)) return versions.get(path)!;
  let info: Omit<FfmpegBinary, 'from'> | null = null;
  try {
    const text = execFileSync(path, ['-hide_banner', '-version'], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] });
    const version = /^ffmpeg version (\S+)/m.exec(text)?.[1];
    const lib = /^libavutil\s+(\d+)\.\s*(\d+)\.\s*(\d+)/m.exec(text);
    if (version && lib) info = { path, version, libavutil: [Number(lib[1]), Number(lib[2]), Number(lib[3])] };
  } catch {
    info = null;
  }
  versions.set(path, info);
  return info;
}

/** Every executable named ffmpeg on PATH, in PATH order, each once. */
export function ffmpegsOnPath(pathVar = process.env.PATH ?? ''): string[] {
  const found: string[] = [];
  for (const dir of pathVar.split(delimiter)) {
    if (!dir) continue;
    const candidate = resolve(join(dir, process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg'));
    if (found.includes(candidate)) continue;
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      found.push(candidate);
    } catch {
      // not there, or not executable
    }
  }
  return found;
}

const newer = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

const chosen = new Map<string, FfmpegBinary>();

/**
 * The ffmpeg to use. `explicit` (the library option) wins, then SEEDANCE_PREFLIGHT_FFMPEG; both must
 * run, or this throws FfmpegSelectError saying what to change. Otherwise the newest found; a tie
 * keeps the one on PATH (the machine's own build).
 */
export function selectFfmpeg(explicit?: string, env: NodeJS.ProcessEnv = process.env): FfmpegBinary {
  const named = explicit ? { path: explicit, from: 'option' as const } : env.SEEDANCE_PREFLIGHT_FFMPEG ? { path: env.SEEDANCE_PREFLIGHT_FFMPEG, from: 'env' as const } : null;
  const key = `${named?.from ?? ''}\0${named?.path ?? ''}\0${env.PATH ?? ''}`;
  const cached = chosen.get(key);
  if (cached) return cached;
  let pick: FfmpegBinary | null = null;
  if (named) {
    const info = readVersion(named.path);
    if (!info) {
      const where = named.from === 'env' ? `SEEDANCE_PREFLIGHT_FFMPEG=${named.path}` : `the ffmpeg ${named.path}`;
      throw new FfmpegSelectError(`${where} does not run as ffmpeg (\`${named.path} -version\` failed)`, named.from === 'env' ? 'point SEEDANCE_PREFLIGHT_FFMPEG at an ffmpeg binary, or unset it to use the newest one found' : 'name an ffmpeg binary that runs');
    }
    pick = { ...info, from: named.from };
  } else {
    for (const path of ffmpegsOnPath(env.PATH)) {
      const info = readVersion(path);
      if (info && (!pick || newer(info.libavutil, pick.libavutil) > 0)) pick = { ...info, from: 'path' };
    }
    let bundled: string | null = null;
    try {
      bundled = bundledFfmpegPath();
    } catch {
      bundled = null;
    }
    const info = bundled ? readVersion(bundled) : null;
    if (info && (!pick || newer(info.libavutil, pick.libavutil) > 0)) pick = { ...info, from: 'bundled' };
    if (!pick) throw new FfmpegSelectError('no ffmpeg runs here: none on PATH and the bundled @ffmpeg-installer/ffmpeg binary does not start', 'install ffmpeg (e.g. apt-get install ffmpeg) or set SEEDANCE_PREFLIGHT_FFMPEG to one');
  }
  chosen.set(key, pick);
  return pick;
}
