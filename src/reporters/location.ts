import path from 'node:path';
import type { Problem, Report } from '../types.js';

/** What every CI formatter gets besides the report. */
export interface FormatContext {
  /** Paths in the output are relative to this folder (the repository root in CI). */
  cwd: string;
  toolVersion: string;
}

/** A scheme of two or more letters: http:, https:, data:, s3: (a one-letter "scheme" is a Windows drive). */
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;

export function isUrl(source: string): boolean {
  return SCHEME.test(source);
}

/** A local source as a forward-slash path relative to cwd; URLs unchanged. */
export function displayPath(source: string, cwd: string): string {
  if (isUrl(source)) return source;
  const rel = path.relative(cwd, path.resolve(cwd, source));
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/**
 * A source as a URI reference: local paths relative to cwd with every segment percent-encoded
 * (spaces, %, #, ?, : and non-ASCII), URLs absolute and normalised.
 */
export function uriReference(source: string, cwd: string): string {
  if (isUrl(source)) {
    try {
      return new URL(source).href;
    } catch {
      return encodeURI(source);
    }
  }
  return displayPath(source, cwd)
    .split('/')
    .map((seg) => encodeURIComponent(wellFormed(seg)))
    .join('/');
}

/** Lone surrogates make encodeURIComponent throw; they become U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export interface Located {
  /** The asset path/URL or the request manifest the problem is about. */
  source: string;
  subject: 'asset' | 'request';
  problem: Problem;
}

/** Every problem of a report with its file, assets first, in report order. */
export function locatedProblems(report: Report): Located[] {
  const out: Located[] = [];
  for (const a of report.assets) for (const p of a.problems) out.push({ source: a.source, subject: 'asset', problem: p });
  for (const r of report.requests) for (const p of r.problems) out.push({ source: r.source, subject: 'request', problem: p });
  return out;
}

/** Message and fix as one text. */
export function fullText(p: Problem): string {
  return p.fix ? `${p.message} Fix: ${p.fix}` : p.message;
}
