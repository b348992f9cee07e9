import type { Facts, Finding } from '../../types.js';
import type { Profile } from '../../profiles/types.js';
import { finding, range } from '../check.js';

export function audioRules(f: Facts, p: Profile): Finding[] {
  const L = p.audio;
  const out: Finding[] = [];
  if (f.format && !L.formats.value.includes(f.format)) {
    out.push(finding('audio.format', 'error', { actual: f.format, limit: L.formats.value, source: L.formats.source }));
  }
  if (f.durationSec !== null) out.push(...range('audio.duration', f.durationSec, L.minDurationSec, L.maxDurationSec));
  if (f.bytes !== null) out.push(...range('audio.bytes', f.bytes, undefined, L.maxBytes));
  return out;
}
