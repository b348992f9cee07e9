import type { Facts, Finding } from '../../types.js';
import type { Profile } from '../../profiles/types.js';
import { finding, range, sides } from '../check.js';

export function imageRules(f: Facts, p: Profile): Finding[] {
  const L = p.image;
  const out: Finding[] = [];
  if (f.format && !L.formats.value.includes(f.format)) {
    out.push(finding('image.format', 'error', { actual: f.format, limit: L.formats.value, source: L.formats.source }));
  }
  if (f.width !== null && f.height !== null) {
    out.push(...sides('image.side', f.width, f.height, L.minSide, L.maxSide));
    out.push(...range('image.aspect_ratio', f.width / f.height, L.minAspect, L.maxAspect, { width: f.width, height: f.height }));
  }
  if (f.bytes !== null) out.push(...range('image.bytes', f.bytes, undefined, L.maxBytes));
  return out;
}
