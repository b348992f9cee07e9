import { accessSync, chmodSync, constants, copyFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const require = createRequire(import.meta.url);
const resolved = new Map<string, string>();

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns a path to `path` that can be executed. npm here skips the installer packages'
 * postinstall (`chmod u+x`), so try chmod in place, then a chmod'ed copy in the temp dir.
 */
export function ensureExecutable(path: string, copyDir = join(tmpdir(), 'seedance-preflight-bin')): string {
  if (isExecutable(path)) return path;
  try {
    chmodSync(path, 0o755);
    if (isExecutable(path)) return path;
  } catch {
    // read-only install (e.g. global node_modules): fall through to the copy
  }
  const copy = join(copyDir, basename(path));
  try {
    // reuse an earlier copy only if it is the same size (a package update replaces it)
    if (isExecutable(copy) && statSync(copy).size === statSync(path).size) return copy;
    mkdirSync(copyDir, { recursive: true });
    // copy then rename, so a concurrent process never runs a half-written binary
    const partial = `${copy}.${process.pid}.partial`;
    copyFileSync(path, partial);
    chmodSync(partial, 0o755);
    renameSync(partial, copy);
    if (isExecutable(copy)) return copy;
  } catch {
    // reported below
  }
  throw new Error(
    `${path} is not executable and could not be made executable (also tried a copy in ${copyDir}). ` +
      `Fix it with: chmod 755 "${path}"`,
  );
}

function resolveBinary(pkg: string): string {
  let path = resolved.get(pkg);
  if (!path) {
    path = ensureExecutable((require(pkg) as { path: string }).path);
    resolved.set(pkg, path);
  }
  return path;
}

/** SEEDANCE_PREFLIGHT_FFPROBE / _FFMPEG point at another build (a system one, or a test double). */
export function ffprobePath(): string {
  return process.env.SEEDANCE_PREFLIGHT_FFPROBE || resolveBinary('@ffprobe-installer/ffprobe');
}

export function ffmpegPath(): string {
  return process.env.SEEDANCE_PREFLIGHT_FFMPEG || bundledFfmpegPath();
}

/** The @ffmpeg-installer build, whatever the environment says (the fixer compares it with others). */
export function bundledFfmpegPath(): string {
  return resolveBinary('@ffmpeg-installer/ffmpeg');
}
