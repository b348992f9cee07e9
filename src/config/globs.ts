import path from 'node:path';
import { createRequire } from 'node:module';
import { relativePlain } from '../lib/plain-path.js';

// loaded on the first glob: a run without a config file never needs it
let pm: typeof import('picomatch') | undefined;
const picomatch = (glob: string, o: import('picomatch').PicomatchOptions) => (pm ??= createRequire(import.meta.url)('picomatch') as typeof import('picomatch'))(glob, o);

/** Tests a path (relative to the config folder, forward slashes) against an ordered glob list. */
export type GlobList = (relPath: string) => boolean;

/** Longest glob taken; an ignore line longer than this is not a file pattern. */
export const MAX_GLOB_CHARS = 1000;
/** Extglob groups (`+(a|b)`, `*(…)`, `@(…)`, `?(…)`, `!(…)`) per glob. */
export const MAX_EXTGLOBS = 3;

/**
 * Why a glob is refused, or null. picomatch turns extglobs into regular expressions, and repeated or
 * nested quantified groups (`+(a|aa)+(a|aa)…b.png`) backtrack exponentially on a long name: a
 * config file (from a repository) could then stall every run. Such patterns are refused up front.
 */
export function refuseGlob(glob: string): string | null {
  if (glob.length > MAX_GLOB_CHARS) return `longer than ${MAX_GLOB_CHARS} characters`;
  let groups = 0;
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if ('+*@?!'.includes(c) && glob[i + 1] === '(') {
      groups++;
      if (depth > 0) return 'an extglob group inside another';
      depth++;
      i++;
    } else if (c === '(' && depth > 0) depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return groups > MAX_EXTGLOBS ? `${groups} extglob groups (at most ${MAX_EXTGLOBS})` : null;
}

function compile(glob: string): (p: string) => boolean {
  let g = glob.startsWith('/') ? glob.slice(1) : glob; // leading "/" anchors to the config folder
  if (g.endsWith('/')) g += '**';
  // basename: a glob without "/" matches the file name at any depth, as in .gitignore.
  return picomatch(g, { dot: true, basename: !glob.includes('/') });
}

/**
 * gitignore-like: globs are read in order, a match sets the result, a "!glob" match clears it.
 * An empty list matches nothing.
 */
export function globList(globs: readonly string[]): GlobList {
  const compiled = globs.map((g) => (g.startsWith('!') ? { neg: true, test: compile(g.slice(1)) } : { neg: false, test: compile(g) }));
  return (rel) => {
    let matched = false;
    for (const c of compiled) if (c.neg === matched && c.test(rel)) matched = !c.neg;
    return matched;
  };
}

/**
 * A file as globs see it: relative to `dir`, forward slashes. null for URLs and for files outside
 * `dir`, which no glob of that config can match.
 */
export function relativeTo(dir: string, file: string, cwd: string): string | null {
  if (/^[a-z][a-z0-9+.-]+:/i.test(file)) return null;
  const rel = relativePlain(dir, file, cwd);
  if (rel === '' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) return null;
  return rel;
}
