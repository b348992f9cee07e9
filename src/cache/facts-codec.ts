import { blankFacts } from '../probes/facts.js';
import type { Facts } from '../types.js';

/**
 * How a file's Facts are stored in the lint cache: the values alone, in the canonical key order,
 * as a JSON array (a third of the text of the object, and parsed twice as fast on each hit); facts
 * with other keys (a `remote`, an `unverified`) keep the object form. `source` is never stored: it is
 * the path the hit is for. LAYOUT goes into the cache key, so a change of the keys starts afresh.
 */
const KEYS = Object.keys(blankFacts('', '')) as (keyof Facts)[];
const VALUES = KEYS.slice(1); // after source
export const FACTS_LAYOUT = KEYS.join(',');

export function encodeFacts(f: Facts): string {
  const keys = Object.keys(f);
  if (keys.length === KEYS.length && keys.every((k, i) => k === KEYS[i])) return JSON.stringify(VALUES.map((k) => f[k]));
  const { source: _source, ...rest } = f;
  return JSON.stringify(rest);
}

/** The stored facts for `source`, keys in the order a probe gives them; undefined for a damaged text. */
export function decodeFacts(text: string, source: string): Facts | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(v)) {
    if (v.length !== VALUES.length) return undefined;
    const f: Record<string, unknown> = { source };
    for (let i = 0; i < VALUES.length; i++) f[VALUES[i]] = v[i];
    return f as unknown as Facts;
  }
  return v && typeof v === 'object' ? ({ source, ...v } as Facts) : undefined;
}
