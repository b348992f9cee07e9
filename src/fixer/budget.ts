import type { TrimStrategy } from './types.js';

export interface Clip {
  durationSec: number;
  /** The shortest this clip may become. */
  floorSec: number;
}

/**
 * New durations (same order) so the clips together last at most `budgetSec`; each keeps at least
 * its floor and never grows. Null when the floors alone exceed the budget.
 *   proportional: every clip shortened by the same factor (a clip at its floor stays there)
 *   end:          the last clips are shortened first, earlier clips keep their length
 *   longest:      the longest clips are shortened first, down to a common length
 */
export function trimToBudget(clips: Clip[], budgetSec: number, strategy: TrimStrategy): number[] | null {
  const floors = clips.map((c) => Math.min(c.floorSec, c.durationSec));
  if (sum(floors) > budgetSec + 1e-9) return null;
  const d = clips.map((c) => c.durationSec);
  if (sum(d) <= budgetSec) return d;
  if (strategy === 'end') return fromEnd(d, floors, budgetSec);
  if (strategy === 'longest') return level(d, floors, budgetSec);
  return proportional(d, floors, budgetSec);
}

function proportional(d: number[], floors: number[], budget: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const free = d.map((_, i) => i).filter((i) => !fixed.has(i));
    const left = budget - sum([...fixed].map((i) => floors[i]));
    const k = left / sum(free.map((i) => d[i]));
    const hit = free.filter((i) => d[i] * k < floors[i]);
    if (hit.length === 0) return d.map((x, i) => (fixed.has(i) ? floors[i] : x * k));
    hit.forEach((i) => fixed.add(i));
  }
}

function fromEnd(d: number[], floors: number[], budget: number): number[] {
  const out = [...d];
  let over = sum(out) - budget;
  for (let i = out.length - 1; i >= 0 && over > 0; i--) {
    const cut = Math.min(over, out[i] - floors[i]);
    out[i] -= cut;
    over -= cut;
  }
  return out;
}

/** Finds the cap L with sum(max(floor, min(d, L))) = budget by bisection. */
function level(d: number[], floors: number[], budget: number): number[] {
  const at = (cap: number) => d.map((x, i) => Math.max(floors[i], Math.min(x, cap)));
  let lo = 0;
  let hi = Math.max(...d);
  for (let n = 0; n < 60; n++) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) > budget) hi = mid;
    else lo = mid;
  }
  return at(lo);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
