import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, shard, shardOf } from '../../src/shard.js';

const files = Array.from({ length: 500 }, (_, i) => `media/${i % 7 ? 'clips' : 'stills'}/file ${i}, ü%.${i % 3 ? 'mp4' : 'png'}`);

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('shard', () => {
  it.each([1, 2, 3, 4, 7])('%i shards cover every file exactly once', (n) => {
    const parts = Array.from({ length: n }, (_, i) => shard(files, i + 1, n, '/repo'));
    const all = parts.flat();
    expect(all).toHaveLength(files.length);
    expect(new Set(all).size).toBe(files.length);
    expect(new Set(all)).toEqual(new Set(files));
    // roughly balanced: a hash spreads 500 files within ±40% of the mean
    for (const p of parts) expect(Math.abs(p.length - files.length / n)).toBeLessThan((files.length / n) * 0.4 + 1);
  });

  it('is stable when the list order changes, and keeps the given order inside a shard', () => {
    const a = shard(files, 2, 4, '/repo');
    const b = shard(shuffled(files, 42), 2, 4, '/repo');
    expect(new Set(b)).toEqual(new Set(a));
    expect(a).toEqual(files.filter((f) => a.includes(f)));
  });

  it('depends on the path relative to the root, not on where the checkout is or how the path is spelled', () => {
    const rel = files.slice(0, 50);
    const abs1 = rel.map((f) => path.join('/home/ci/work/repo', f));
    const abs2 = rel.map((f) => path.join('/Users/me/src/repo', f));
    for (let i = 0; i < rel.length; i++) {
      const s = shardOf(rel[i], 4, '/anywhere');
      expect(shardOf(abs1[i], 4, '/home/ci/work/repo')).toBe(s);
      expect(shardOf(abs2[i], 4, '/Users/me/src/repo')).toBe(s);
      expect(shardOf(`./${rel[i]}`, 4, '/anywhere')).toBe(s);
    }
    // NFD (as macOS may spell it) and NFC names land together
    expect(shardOf('media/u\u0308.mp4', 5, '/r')).toBe(shardOf('media/\u00fc.mp4', 5, '/r'));
  });

  it('is the same on every machine and every version: pinned answers', () => {
    // sha1 of the relative path, first 4 bytes big-endian, mod n. A change here moves files between CI shards.
    const names = ['a.mp4', 'media/b c.png', 'x/y/z.mov', 'ü.wav', 'media/clip 1.mp4', 'media/clip 2.mp4'];
    expect(names.map((f) => shardOf(f, 4, '/r'))).toEqual([4, 2, 1, 2, 3, 3]);
  });

  it('one shard is everything; bad arguments throw', () => {
    expect(shard(files, 1, 1)).toEqual(files);
    expect(() => shard(files, 0, 2)).toThrow();
    expect(() => shard(files, 3, 2)).toThrow();
  });
});

describe('parseShard', () => {
  it('parses i/n, 1-based', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
  });

  it.each([
    ['0/4', /from 1 to 4/],
    ['5/4', /from 1 to 4/],
    ['1/0', /at least 1/],
    ['2', /"i\/n"/],
    ['a/b', /"i\/n"/],
    ['1.5/3', /"i\/n"/],
    ['-1/3', /"i\/n"/],
    ['', /"i\/n"/],
  ])('rejects %j clearly', (text, message) => {
    expect(() => parseShard(text)).toThrow(message);
  });
});
