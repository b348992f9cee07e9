import type { Finding, Severity } from '../types.js';
import type { Limit } from '../profiles/types.js';

/** Ratios are compared with a tolerance so 750/300 is exactly 2.5, not 2.5000000001. */
const EPS = 1e-9;

export function below(value: number, limit: Limit<number> | undefined): boolean {
  return limit !== undefined && value < limit.value - EPS;
}

export function above(value: number, limit: Limit<number> | undefined): boolean {
  return limit !== undefined && value > limit.value + EPS;
}

/** One finding for a value outside [min, max]: args carry actual, limit, bound, the source document and its ruling. */
export function range(
  code: string,
  value: number | null,
  min: Limit<number> | undefined,
  max: Limit<number> | undefined,
  extra: Record<string, unknown> = {},
): Finding[] {
  if (value === null || !Number.isFinite(value)) return [];
  const hit = below(value, min) ? { bound: 'min', l: min! } : above(value, max) ? { bound: 'max', l: max! } : null;
  if (!hit) return [];
  return [finding(code, hit.l.severity ?? 'error', { ...extra, actual: value, limit: hit.l.value, bound: hit.bound, source: hit.l.source, ruling: hit.l.note, min: min?.value, max: max?.value })];
}

export function finding(code: string, severity: Severity, args: Finding['args']): Finding {
  return { code, severity, args };
}

/** Both sides checked against the same limits; one finding when both break the same bound. */
export function sides(code: string, width: number, height: number, min: Limit<number>, max: Limit<number>): Finding[] {
  const dims = { width, height };
  const w = range(code, width, min, max, { side: 'width', ...dims });
  const h = range(code, height, min, max, { side: 'height', ...dims });
  if (w.length && h.length && w[0].args.bound === h[0].args.bound) {
    const worst = w[0].args.bound === 'min' ? Math.min(width, height) : Math.max(width, height);
    return [{ ...w[0], args: { ...w[0].args, side: 'width and height', actual: worst } }];
  }
  return [...w, ...h];
}
