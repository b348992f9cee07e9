import { createHash } from 'node:crypto';
import { accessSync, chmodSync, closeSync, constants, copyFileSync, lstatSync, mkdirSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
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
 * Where copies may go, in order: the user's own cache folder (no other user can create it first, as
 * anyone can in a shared /tmp), else a per-user folder in the temp dir, used only if it proves private.
 */
export function privateBinDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const home = safeHome();
  return [
    env.XDG_CACHE_HOME && join(env.XDG_CACHE_HOME, 'seedance-preflight', 'bin'),
    home && join(home, '.cache', 'seedance-preflight', 'bin'),
    join(tmpdir(), `seedance-preflight-${process.getuid?.() ?? 'user'}`),
  ].filter((d): d is string => Boolean(d));
}

function safeHome(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}

/** The bundled binary cannot be run nor copied; `command` is the one command that fixes it. */
export class NotExecutableError extends Error {
  constructor(message: string, readonly command: string) {
    super(`${message}. Fix it with: ${command}`);
    this.name = 'NotExecutableError';
  }
}

/**
 * Returns a path to `path` that can be executed. npm may skip the installer packages' postinstall
 * (`chmod u+x`), so try chmod in place, then a private copy (privateCopy). Throws an Error that says
 * the one command to run when neither works.
 */
export function executablePath(path: string, copyDirs: string | string[] = privateBinDirs()): string {
  if (isExecutable(path)) return path;
  try {
    chmodSync(path, 0o755);
    if (isExecutable(path)) return path;
  } catch {
    // read-only install, or another user's: fall through to the copy
  }
  const why: string[] = [];
  for (const dir of typeof copyDirs === 'string' ? [copyDirs] : copyDirs) {
    try {
      return privateCopy(path, dir);
    } catch (e) {
      why.push((e as Error).message);
    }
  }
  throw new NotExecutableError(`${path} is not executable and cannot be made so (${why.join('; ')})`, `chmod 755 "${path}"`);
}

/**
 * A chmod'ed copy of `path` in `dir`, which must be a real directory owned by this user with no access
 * for others (created 0700). The copy is named by the source's SHA-256 and used only while its own
 * SHA-256 matches, so a file planted there is replaced, never run.
 */
export function privateCopy(path: string, dir: string): string {
  const refusal = privateDir(dir);
  if (refusal) throw new Error(refusal);
  const sha = sha256(path);
  const copy = join(dir, `${sha.slice(0, 16)}-${basename(path)}`);
  if (ownFile(copy) && isExecutable(copy) && sha256(copy) === sha) return copy;
  rmSync(copy, { force: true });
  // copy then rename, so a concurrent process never runs a half-written binary
  const partial = `${copy}.${process.pid}.partial`;
  rmSync(partial, { force: true });
  copyFileSync(path, partial, constants.COPYFILE_EXCL);
  chmodSync(partial, 0o700);
  renameSync(partial, copy);
  if (isExecutable(copy) && sha256(copy) === sha) return copy;
  throw new Error(`the copy in ${dir} does not match the original`);
}

/** null when `dir` is (or was just created as) a directory owned by this user that no one else may enter; else why not. */
function privateDir(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (st.isSymbolicLink() || !st.isDirectory()) return `${dir} is not a plain folder (a symbolic link?)`;
    const uid = process.getuid?.();
    if (uid !== undefined && st.uid !== uid) return `${dir} belongs to another user (uid ${st.uid})`;
    if (st.mode & 0o077) chmodSync(dir, 0o700);
    return null;
  } catch (e) {
    return `${dir} cannot be used (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
}

function ownFile(path: string): boolean {
  try {
    const st = lstatSync(path);
    const uid = process.getuid?.();
    return st.isFile() && (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function sha256(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function resolveBinary(pkg: string): string {
  let path = resolved.get(pkg);
  if (!path) {
    path = executablePath((require(pkg) as { path: string }).path);
    resolved.set(pkg, path);
  }
  return path;
}

/** The environment variable that overrides each tool's binary. */
export const TOOL_ENV = { ffprobe: 'SEEDANCE_PREFLIGHT_FFPROBE', ffmpeg: 'SEEDANCE_PREFLIGHT_FFMPEG' } as const;

/** SEEDANCE_PREFLIGHT_FFPROBE / _FFMPEG point at another build (a system one, or a test double). */
export function ffprobePath(): string {
  return process.env[TOOL_ENV.ffprobe] || resolveBinary('@ffprobe-installer/ffprobe');
}

export function ffmpegPath(): string {
  return process.env[TOOL_ENV.ffmpeg] || bundledFfmpegPath();
}

/** The @ffmpeg-installer build, whatever the environment says (the fixer compares it with others). */
export function bundledFfmpegPath(): string {
  return resolveBinary('@ffmpeg-installer/ffmpeg');
}
