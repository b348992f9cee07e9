// src/walk.ts
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules"]);
async function* walk(paths) {
  const seenDirs = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    if (st?.isDirectory()) yield* walkDir(p, seenDirs);
    else yield { path: p, explicit: true };
  }
}
async function* walkDir(dir, seen) {
  const real = await realpath(dir).catch(() => null);
  if (real === null || seen.has(real)) return;
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".") || SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    const isDir = entry.isSymbolicLink() ? (await stat(path).catch(() => null))?.isDirectory() : entry.isDirectory();
    if (isDir) yield* walkDir(path, seen);
    else yield { path, explicit: false };
  }
}

export {
  walk
};
