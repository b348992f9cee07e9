import path from 'node:path';
import type { Citation, Problem, Report } from '../types.js';

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

/** Message, the ruling where documents disagree, the fix and the source's URL, as one text. */
export function fullText(p: Problem): string {
  let text = p.message;
  if (p.ruling) text += ` Note: ${p.ruling}.`;
  if (p.fix) text += ` Fix: ${p.fix}`;
  if (p.source) text += ` Source: ${p.source.url}`;
  return text;
}

/** Every document the report's problems cite, once each, in order of first citation. */
export function citedSources(report: Report): Citation[] {
  const seen = new Map<string, Citation>();
  for (const { problem } of locatedProblems(report)) {
    const s = problem.source;
    if (s && !seen.has(`${s.title}\0${s.url}`)) seen.set(`${s.title}\0${s.url}`, s);
  }
  return [...seen.values()];
}
