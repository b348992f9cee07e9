// src/lib/binaries.ts
import { createHash } from "node:crypto";
import { accessSync, chmodSync, closeSync, constants, copyFileSync, lstatSync, mkdirSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir, tmpdir } from "node:os";
import { basename, join } from "node:path";
var require2 = createRequire(import.meta.url);
var resolved = /* @__PURE__ */ new Map();
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function privateBinDirs(env = process.env) {
  const home = safeHome();
  return [
    env.XDG_CACHE_HOME && join(env.XDG_CACHE_HOME, "seedance-preflight", "bin"),
    home && join(home, ".cache", "seedance-preflight", "bin"),
    join(tmpdir(), `seedance-preflight-${process.getuid?.() ?? "user"}`)
  ].filter((d) => Boolean(d));
}
function safeHome() {
  try {
    return homedir() || void 0;
  } catch {
    return void 0;
  }
}
var NotExecutableError = class extends Error {
  constructor(message, command) {
    super(`${message}. Fix it with: ${command}`);
    this.command = command;
    this.name = "NotExecutableError";
  }
  command;
};
function executablePath(path, copyDirs = privateBinDirs()) {
  if (isExecutable(path)) return path;
  try {
    chmodSync(path, 493);
    if (isExecutable(path)) return path;
  } catch {
  }
  const why = [];
  for (const dir of typeof copyDirs === "string" ? [copyDirs] : copyDirs) {
    try {
      return privateCopy(path, dir);
    } catch (e) {
      why.push(e.message);
    }
  }
  throw new NotExecutableError(`${path} is not executable and cannot be made so (${why.join("; ")})`, `chmod 755 "${path}"`);
}
function privateCopy(path, dir) {
  const refusal = privateDir(dir);
  if (refusal) throw new Error(refusal);
  const sha = sha256(path);
  const copy = join(dir, `${sha.slice(0, 16)}-${basename(path)}`);
  if (ownFile(copy) && isExecutable(copy) && sha256(copy) === sha) return copy;
  rmSync(copy, { force: true });
  const partial = `${copy}.${process.pid}.partial`;
  rmSync(partial, { force: true });
  copyFileSync(path, partial, constants.COPYFILE_EXCL);
  chmodSync(partial, 448);
  renameSync(partial, copy);
  if (isExecutable(copy) && sha256(copy) === sha) return copy;
  throw new Error(`the copy in ${dir} does not match the original`);
}
function privateDir(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const st = lstatSync(dir);
    if (st.isSymbolicLink() || !st.isDirectory()) return `${dir} is not a plain folder (a symbolic link?)`;
    const uid = process.getuid?.();
    if (uid !== void 0 && st.uid !== uid) return `${dir} belongs to another user (uid ${st.uid})`;
    if (st.mode & 63) chmodSync(dir, 448);
    return null;
  } catch (e) {
    return `${dir} cannot be used (${e.code ?? e.message})`;
  }
}
function ownFile(path) {
  try {
    const st = lstatSync(path);
    const uid = process.getuid?.();
    return st.isFile() && (uid === void 0 || st.uid === uid) && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function sha256(path) {
  const hash = createHash("sha256");
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}
function resolveBinary(pkg) {
  let path = resolved.get(pkg);
  if (!path) {
    path = executablePath(require2(pkg).path);
    resolved.set(pkg, path);
  }
  return path;
}
var TOOL_ENV = { ffprobe: "SEEDANCE_PREFLIGHT_FFPROBE", ffmpeg: "SEEDANCE_PREFLIGHT_FFMPEG" };
function ffprobePath() {
  return process.env[TOOL_ENV.ffprobe] || resolveBinary("@ffprobe-installer/ffprobe");
}
function ffmpegPath() {
  return process.env[TOOL_ENV.ffmpeg] || bundledFfmpegPath();
}
function bundledFfmpegPath() {
  return resolveBinary("@ffmpeg-installer/ffmpeg");
}

export {
  NotExecutableError,
  TOOL_ENV,
  ffprobePath,
  ffmpegPath,
  bundledFfmpegPath
};
