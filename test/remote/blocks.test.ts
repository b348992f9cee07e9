import { describe, expect, it } from 'vitest';
import { BlockCache } from '../../src/remote/blocks.js';

const bytes = (n: number, from = 0) => Uint8Array.from({ length: n }, (_, i) => (from + i) % 251);

describe('BlockCache', () => {
  it('fills aligned blocks from odd-sized chunks and copies any span back', () => {
    const c = new BlockCache(16);
    const w = c.writer(0, Infinity, () => 40);
    const all = bytes(40);
    for (const [a, b] of [[0, 5], [5, 21], [21, 40]]) w.push(all.subarray(a, b));
    expect(w.end(true)).toBe(40);
    expect(c.missing(0, 40)).toEqual([]);
    expect(c.copy(3, 37)).toEqual(all.subarray(3, 37));
    expect(c.prefix()).toBe(40);
  });

  it('stops once stopAt is reached and keeps no partial block that is not the end', () => {
    const c = new BlockCache(16);
    const w = c.writer(0, 32, () => 100);
    expect(w.push(bytes(20))).toBe(false);
    expect(w.push(bytes(20, 20))).toBe(true);
    w.end(false);
    expect(c.missing(0, 48)).toEqual([2]);
    expect(c.prefix()).toBe(32);
  });

  it('keeps a short last block only when it ends the object', () => {
    const c = new BlockCache(16);
    const w = c.writer(32, Infinity, () => 40);
    w.push(bytes(8, 32));
    w.end(true);
    expect(c.missing(32, 40)).toEqual([]);
    const d = new BlockCache(16);
    const v = d.writer(32, Infinity, () => 100);
    v.push(bytes(8, 32));
    v.end(true);
    expect(d.missing(32, 40)).toEqual([2]);
  });
});
