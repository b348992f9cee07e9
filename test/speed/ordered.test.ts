import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/lib/ordered.js';
import { prefetchBatches } from '../../src/lib/prefetch.js';

// The lint's runner: results in input order, at most `concurrency` promises in flight, plain values
// taking no slot, and the first failure (in its turn) failing the run.
/** 0..n-1 in batches of up to `batch`, with a pause every `gapEvery` items. */
async function* items(n: number, gapEvery = 0, batch = 1): AsyncGenerator<number[]> {
  for (let i = 0; i < n; i += batch) {
    if (gapEvery && i % gapEvery === 0) await new Promise((r) => setTimeout(r, 1));
    yield Array.from({ length: Math.min(batch, n - i) }, (_, k) => i + k);
  }
}
const later = <T>(v: T, ms: number) => new Promise<T>((r) => setTimeout(() => r(v), ms));

describe('runOrdered', () => {
  it('emits in input order whatever order the work finishes in, mixing plain values and promises', async () => {
    const out: number[] = [];
    await runOrdered(prefetchBatches(items(60, 7, 4)), 3, (i) => (i % 3 === 0 ? i * 10 : later(i * 10, (i * 7) % 5)), (v, i) => {
      expect(v).toBe(i * 10);
      out.push(i);
    });
    expect(out).toEqual([...Array(60).keys()]);
  });

  it('keeps at most `concurrency` promises in flight; plain values take no slot', async () => {
    let inFlight = 0;
    let peak = 0;
    let plain = 0;
    await runOrdered(prefetchBatches(items(40)), 2, (i) => {
      if (i % 2) return (plain++, i);
      inFlight++;
      peak = Math.max(peak, inFlight);
      return later(i, 2).then((v) => (inFlight--, v));
    }, () => {});
    expect(peak).toBe(2);
    expect(plain).toBe(20);
  });

  it('streams: the first results are emitted before the source has ended', async () => {
    let emittedBeforeEnd = 0;
    let ended = false;
    async function* slow(): AsyncGenerator<number[]> {
      for (let i = 0; i < 5; i++) {
        await later(null, 5);
        yield [i];
      }
      ended = true;
    }
    await runOrdered(prefetchBatches(slow()), 2, (i) => i, () => void (ended || emittedBeforeEnd++));
    expect(emittedBeforeEnd).toBeGreaterThanOrEqual(4);
  });

  it('rejects with the first failure in input order, and with a source error', async () => {
    const seen: number[] = [];
    await expect(runOrdered(prefetchBatches(items(10)), 4, (i) => (i === 5 ? Promise.reject(new Error('five')) : later(i, 1)), (v) => seen.push(v))).rejects.toThrow('five');
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    async function* broken(): AsyncGenerator<number[]> {
      yield [1];
      throw new Error('walk failed');
    }
    await expect(runOrdered(prefetchBatches(broken()), 2, (i) => i, () => {})).rejects.toThrow('walk failed');
  });

  it('ends on an empty source', async () => {
    const seen: number[] = [];
    await runOrdered(prefetchBatches(items(0)), 2, (i) => i, (v) => seen.push(v));
    expect(seen).toEqual([]);
  });
});
