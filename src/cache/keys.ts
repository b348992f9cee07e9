import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so equal data gives equal text whatever the key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  }) ?? 'undefined';
}

/** A short hex digest of data (a profile, a config) for cache keys. */
export function stableHash(value: unknown): string {
  return createHash('sha1').update(stableStringify(value)).digest('hex');
}
