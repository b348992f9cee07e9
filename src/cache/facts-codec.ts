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

/** The values back into an object literal: one shape for every hit (a loop of computed keys costs 3x). */
const fromValues = (source: string, a: unknown[]) =>
  ({
    source,
    kind: a[0],
    format: a[1],
    mime: a[2],
    extension: a[3],
    extensionMismatch: a[4],
    bytes: a[5],
    width: a[6],
    height: a[7],
    durationSec: a[8],
    fps: a[9],
    variableFrameRate: a[10],
    videoCodec: a[11],
    audioCodec: a[12],
    hasVideoStream: a[13],
    hasAudioStream: a[14],
    sampleRate: a[15],
    channels: a[16],
    rotation: a[17],
    failure: a[18],
    probedBy: a[19],
  }) as Facts;
/** The array form only while the literal above spells the keys of blankFacts, in their order. */
const ARRAYS = Object.keys(fromValues('', [])).join(',') === FACTS_LAYOUT;

export function encodeFacts(f: Facts): string {
  const keys = Object.keys(f);
  if (ARRAYS && keys.length === KEYS.length && keys.every((k, i) => k === KEYS[i])) return JSON.stringify(VALUES.map((k) => f[k]));
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
    return v.length === VALUES.length ? fromValues(source, v) : undefined;
  }
  return v && typeof v === 'object' ? ({ source, ...v } as Facts) : undefined;
}
