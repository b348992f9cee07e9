// src/walk.ts
import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, isAbsolute, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules"]);
var MAX_WALK_DEPTH = 64;
function isInside(path, root) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
async function realRoots(paths) {
  return (await Promise.all(paths.map((p) => realpath(p).catch(() => null)))).filter((p) => p !== null);
}
async function* walk(paths, opts = {}) {
  for await (const batch of walkBatches(paths, opts)) yield* batch;
}
async function* walkBatches(paths, opts = {}) {
  const seenDirs = /* @__PURE__ */ new Set();
  const dirs = [];
  for (const p of paths) if ((await stat(p).catch(() => null))?.isDirectory()) dirs.push(p);
  const roots = opts.followSymlinksOutside ? null : await realRoots(dirs);
  for (const p of paths) {
    if (dirs.includes(p)) yield* walkDir(p, seenDirs, roots, 0);
    else yield [{ path: p, explicit: true }];
  }
}
async function* walkDir(dir, seen, roots, depth) {
  const real = await realpath(dir).catch(() => null);
  if (real === null || seen.has(real) || depth > MAX_WALK_DEPTH) return;
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  let files = [];
  const prefix = join(dir, "x").slice(0, -1);
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".") || SKIP_DIRS.has(name)) continue;
    const path = prefix + name;
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      const target = await realpath(path).catch(() => null);
      if (target !== null && roots && !roots.some((r) => isInside(target, r))) {
        files.push({ path, explicit: false, outside: target });
        continue;
      }
      isDir = (await stat(path).catch(() => null))?.isDirectory() ?? false;
    }
    if (!isDir) {
      files.push({ path, explicit: false });
      continue;
    }
    if (files.length) yield files;
    files = [];
    yield* walkDir(path, seen, roots, depth + 1);
  }
  if (files.length) yield files;
}

export {
  isInside,
  realRoots,
  walk,
  walkBatches
};
