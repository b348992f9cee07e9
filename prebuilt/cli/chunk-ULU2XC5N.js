// src/lib/plain-path.ts
import path from "node:path";
var posix = path.sep === "/";
function plain(p) {
  const body = p.charCodeAt(0) === 47 ? p.slice(1) : p;
  if (body === "" || body === "." || body === ".." || body.endsWith("/") || body.endsWith("/.") || body.endsWith("/..")) return false;
  if (body.startsWith("/") || body.startsWith("./") || body.startsWith("../")) return false;
  return !body.includes("//") && !body.includes("/./") && !body.includes("/../");
}
function resolvePlain(cwd, p) {
  if (posix && plain(p)) return p.charCodeAt(0) === 47 ? p : cwd === "/" ? `/${p}` : `${cwd}/${p}`;
  return path.resolve(cwd, p);
}
function relativePlain(dir, file, cwd) {
  if (posix && plain(file)) {
    const prefix = dir === "/" ? "/" : plain(dir) && dir.charCodeAt(0) === 47 ? `${dir}/` : null;
    if (prefix !== null && dir === cwd && file.charCodeAt(0) !== 47) return file;
    const abs = resolvePlain(cwd, file);
    if (prefix !== null && abs.startsWith(prefix) && plain(abs)) return abs.slice(prefix.length);
  }
  return path.relative(dir, path.resolve(cwd, file)).split(path.sep).join("/");
}

export {
  resolvePlain,
  relativePlain
};
