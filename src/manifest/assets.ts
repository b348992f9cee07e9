import type { AssetLocation, PathOps } from './types.js';

/** Shorter strings are never taken for base64: real media inlined is far longer than this. */
export const BASE64_MIN_CHARS = 256;

const SCHEME_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const BASE64ISH = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** A long run of base64 alphabet without a dot (so not a file name with an extension). */
export function looksLikeBase64(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return t.length >= BASE64_MIN_CHARS && BASE64ISH.test(t);
}

export function isDataUri(s: string): boolean {
  return /^\s*data:/i.test(s);
}

/** Where an asset string points: a URL, a local path (against baseDir, by the runtime's `paths`), or inline data. */
export function locateWith(written: string, baseDir: string, paths: PathOps): AssetLocation {
  const s = written.trim();
  if (isDataUri(s) || looksLikeBase64(s)) return { type: 'data' };
  if (/^file:\/\//i.test(s)) {
    try {
      return { type: 'path', path: paths.fromFileUrl(s) };
    } catch {
      return { type: 'url', url: s };
    }
  }
  if (SCHEME_URL.test(s)) return { type: 'url', url: s };
  return { type: 'path', path: paths.resolve(baseDir, s) };
}

/** An asset string short enough for a message: inline data and very long strings are cut. */
export function shortWritten(s: string, max = 160): string {
  if (isDataUri(s)) {
    const head = /^\s*data:[^,]{0,60}/i.exec(s)?.[0].trim() ?? 'data:';
    return `${head},… (${s.length.toLocaleString('en-US')} characters)`;
  }
  if (s.length <= max) return s;
  return `${s.slice(0, max - 40)}… (${s.length.toLocaleString('en-US')} characters)`;
}
