import path from 'node:path';

// A warm lint of many files spends more in path.resolve/relative than in stat: these answer the
// common shapes (plain relative paths, absolute paths under a folder) by string arithmetic alone.

const posix = path.sep === '/';

/** No '.', '..' or empty segment, no trailing slash; absolute or relative. (indexOf: a regular expression with lookaheads cost more than the stat.) */
function plain(p: string): boolean {
  const body = p.charCodeAt(0) === 47 /* / */ ? p.slice(1) : p;
  if (body === '' || body === '.' || body === '..' || body.endsWith('/') || body.endsWith('/.') || body.endsWith('/..')) return false;
  if (body.startsWith('/') || body.startsWith('./') || body.startsWith('../')) return false;
  return !body.includes('//') && !body.includes('/./') && !body.includes('/../');
}

/** path.resolve(cwd, p), without its work for a plain path (cwd is absolute and normal). */
export function resolvePlain(cwd: string, p: string): string {
  if (posix && plain(p)) return p.charCodeAt(0) === 47 /* / */ ? p : cwd === '/' ? `/${p}` : `${cwd}/${p}`;
  return path.resolve(cwd, p);
}

/**
 * `file` relative to folder `dir` with forward slashes, '' for dir itself, or a path starting with
 * '..' (or an absolute one, on another drive) when outside: path.relative(dir, path.resolve(cwd, file)).
 */
export function relativePlain(dir: string, file: string, cwd: string): string {
  if (posix && plain(file)) {
    const prefix = dir === '/' ? '/' : plain(dir) && dir.charCodeAt(0) === 47 ? `${dir}/` : null;
    // the common case of a cache keyed at the working folder: a plain relative path is its own answer
    if (prefix !== null && dir === cwd && file.charCodeAt(0) !== 47 /* / */) return file;
    const abs = resolvePlain(cwd, file);
    if (prefix !== null && abs.startsWith(prefix) && plain(abs)) return abs.slice(prefix.length);
  }
  return path.relative(dir, path.resolve(cwd, file)).split(path.sep).join('/');
}
