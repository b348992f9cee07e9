import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { CACHE_FILE, type CacheKey, type CacheStrategy, cacheKeys, openCache, stableHash } from '../../src/cache/index.js';

const base = mkdtempSync(path.join(tmpdir(), 'sp-cache-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let root: string;
let n = 0;
beforeEach(() => {
  root = path.join(base, `case${n++}`);
  mkdirSync(path.join(root, 'media'), { recursive: true });
});

const key: CacheKey = { toolVersion: '1.0.0', profileHash: stableHash({ id: 'p' }), configHash: stableHash(null) };
const loc = () => path.join(root, 'node_modules/.cache/seedance-preflight') + path.sep;
const open = (strategy: CacheStrategy = 'metadata', k: CacheKey = key, location = loc()) =>
  openCache<{ facts: string }>({ location, strategy, key: k, root });

function file(rel: string, bytes: string): string {
  const f = path.join(root, rel);
  writeFileSync(f, bytes);
  // Whole seconds, so restoring the mtime later is exact (Dates drop the sub-millisecond part).
  utimesSync(f, 1_700_000_000, 1_700_000_000);
  return f;
}

/** Rewrites a file keeping its size and mtime: only a content hash can tell. */
function sneakyEdit(f: string, bytes: string) {
  const before = statSync(f).mtimeMs;
  writeFileSync(f, bytes);
  utimesSync(f, 1_700_000_000, 1_700_000_000);
  expect(statSync(f).mtimeMs).toBe(before);
}

async function warm(strategy: CacheStrategy, files: string[]) {
  const c = await open(strategy);
  for (const f of files) {
    expect(await c.get(f, statSync(f))).toBeUndefined();
    await c.set(f, statSync(f), { facts: path.basename(f) });
  }
  expect(await c.save()).toBe(true);
  return c;
}

describe('cache', () => {
  it('a warm run hits every unchanged file and writes nothing', async () => {
    const files = [file('media/a b.mp4', 'aaaa'), file('media/ü%,.png', 'bbbb')];
    const first = await warm('metadata', files);
    expect(first.state).toBe('new');
    expect(path.basename(first.file)).toBe(CACHE_FILE);
    const written = statSync(first.file).mtimeMs;
    const c = await open();
    expect(c.state).toBe('loaded');
    for (const f of files) expect(await c.get(f, statSync(f))).toEqual({ facts: path.basename(f) });
    expect(c.stats).toEqual({ hits: 2, misses: 0 });
    await c.save();
    expect(statSync(first.file).mtimeMs).toBe(written);
  });

  it('metadata strategy: a new mtime or size is a miss', async () => {
    const a = file('media/a.mp4', 'aaaa');
    const b = file('media/b.mp4', 'bbbb');
    await warm('metadata', [a, b]);
    utimesSync(a, new Date(), new Date(Date.now() + 5000));
    writeFileSync(b, 'bbbbb');
    const c = await open();
    expect(await c.get(a, statSync(a))).toBeUndefined();
    expect(await c.get(b, statSync(b))).toBeUndefined();
  });

  it('content strategy: same size and mtime but new bytes is a miss; a touched but unchanged file is a hit', async () => {
    const a = file('media/a.mp4', 'aaaa');
    const b = file('media/b.mp4', 'bbbb');
    await warm('content', [a, b]);
    sneakyEdit(a, 'AAAA');
    utimesSync(b, new Date(), new Date(Date.now() + 5000));
    const c = await open('content');
    expect(await c.get(a, statSync(a))).toBeUndefined();
    expect(await c.get(b, statSync(b))).toEqual({ facts: 'b.mp4' });
    // metadata strategy cannot see the sneaky edit (why content exists)
    const m = await warm('metadata', [file('media/c.mp4', 'cccc')]);
    sneakyEdit(path.join(root, 'media/c.mp4'), 'CCCC');
    expect(await (await open()).get(path.join(root, 'media/c.mp4'), statSync(path.join(root, 'media/c.mp4')))).toEqual({ facts: 'c.mp4' });
    expect(m.state).toBe('invalidated'); // switching strategy starts over
  });

  it.each([
    ['tool version', { ...key, toolVersion: '1.0.1' }],
    ['profile', { ...key, profileHash: stableHash({ id: 'q' }) }],
    ['config', { ...key, configHash: stableHash({ rules: { 'video.fps': 'off' } }) }],
  ])('a %s change invalidates everything', async (_what, changed) => {
    const a = file('media/a.mp4', 'aaaa');
    await warm('metadata', [a]);
    const c = await open('metadata', changed);
    expect(c.state).toBe('invalidated');
    expect(await c.get(a, statSync(a))).toBeUndefined();
    await c.set(a, statSync(a), { facts: 'new' });
    await c.save();
    expect(await (await open('metadata', changed)).get(a, statSync(a))).toEqual({ facts: 'new' });
    expect((await open()).state).toBe('invalidated');
  });

  it('config hashes ignore key order', () => {
    expect(stableHash({ a: 1, b: { c: [1, 2], d: null } })).toBe(stableHash({ b: { d: null, c: [1, 2] }, a: 1 }));
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
  });

  it.each([
    ['garbage', 'not json {{{'],
    ['wrong shape', '[1,2,3]'],
    ['truncated', '{"format":2,"key":"x"'],
    ['a header that is not an object', '"format"\n1\t2\t\ta\t{}\n'],
    ['empty', ''],
  ])('a %s cache file is ignored and rebuilt', async (_what, content) => {
    const a = file('media/a.mp4', 'aaaa');
    mkdirSync(loc(), { recursive: true });
    writeFileSync(path.join(loc(), CACHE_FILE), content);
    const c = await open();
    expect(c.state).toBe('corrupt');
    expect(await c.get(a, statSync(a))).toBeUndefined();
    await c.set(a, statSync(a), { facts: 'a' });
    expect(await c.save()).toBe(true);
    const again = await open();
    expect(again.state).toBe('loaded');
    expect(await again.get(a, statSync(a))).toEqual({ facts: 'a' });
  });

  it('malformed entries are dropped one by one', async () => {
    const a = file('media/a.mp4', 'aaaa');
    const c0 = await warm('metadata', [a]);
    appendFileSync(c0.file, 'big\tx\t\tmedia/x.mp4\t{}\nno tabs at all\n4\t1\t\t"unterminated\t{}\n');
    const c = await open();
    expect(c.state).toBe('loaded');
    expect(await c.get(a, statSync(a))).toEqual({ facts: 'a.mp4' });
    expect(cacheKeys(c0.file)).toEqual(['media/a.mp4']);
  });

  it('a changed file is appended, not the whole file rewritten; the later line wins', async () => {
    const a = file('media/a.mp4', 'aaaa');
    const b = file('media/b\tc.mp4', 'bbbb');
    const c0 = await warm('metadata', [a, b]);
    const before = readFileSync(c0.file, 'utf8');
    writeFileSync(a, 'aaaaa');
    const c1 = await open();
    expect(await c1.get(a, statSync(a))).toBeUndefined();
    expect(await c1.get(b, statSync(b))).toEqual({ facts: path.basename(b) });
    await c1.set(a, statSync(a), { facts: 'a2' });
    expect(await c1.save()).toBe(true);
    const after = readFileSync(c0.file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
    const c2 = await open();
    expect(c2.state).toBe('loaded');
    expect(await c2.get(a, statSync(a))).toEqual({ facts: 'a2' });
    expect(await c2.get(b, statSync(b))).toEqual({ facts: path.basename(b) });
    expect(cacheKeys(c0.file).sort()).toEqual(['media/a.mp4', 'media/b\tc.mp4']);
  });

  it('a line cut short by a killed run is a miss for that file only', async () => {
    const a = file('media/a.mp4', 'aaaa');
    const b = file('media/b.mp4', 'bbbb');
    const c0 = await warm('metadata', [a, b]);
    const text = readFileSync(c0.file, 'utf8');
    writeFileSync(c0.file, text.slice(0, text.length - 5)); // b's line loses its end
    const c = await open();
    expect(await c.get(a, statSync(a))).toEqual({ facts: 'a.mp4' });
    expect(await c.get(b, statSync(b))).toBeUndefined();
    await c.set(b, statSync(b), { facts: 'b.mp4' });
    await c.save();
    expect(await (await open()).get(b, statSync(b))).toEqual({ facts: 'b.mp4' });
  });

  it('an unwritable location is not fatal', async () => {
    const a = file('media/a.mp4', 'aaaa');
    const blocker = file('blocker', 'x');
    const c = await open('metadata', key, path.join(blocker, 'sub', 'cache.json'));
    expect(c.state).toBe('corrupt'); // ENOTDIR on read
    await c.set(a, statSync(a), { facts: 'a' });
    expect(await c.save()).toBe(false);
  });

  it('writes atomically (no temp files left) and keys by root-relative path, so a fresh clone elsewhere still hits', async () => {
    const a = file('media/a.mp4', 'aaaa');
    const c = await warm('content', [a]);
    expect(readdirSync(path.dirname(c.file))).toEqual([CACHE_FILE]);
    expect(cacheKeys(c.file)).toEqual(['media/a.mp4']);
    const moved = `${root}-moved`;
    cpSync(root, moved, { recursive: true });
    utimesSync(path.join(moved, 'media/a.mp4'), new Date(), new Date()); // a clone has fresh mtimes
    const m = await openCache({ location: path.join(moved, 'node_modules/.cache/seedance-preflight/'), strategy: 'content', key, root: moved });
    const ma = path.join(moved, 'media/a.mp4');
    expect(await m.get(ma, statSync(ma))).toEqual({ facts: 'a.mp4' });
  });

  it('keeps entries of files not looked at, drops entries of deleted files', async () => {
    const a = file('media/a.mp4', 'aaaa');
    const b = file('media/b.mp4', 'bbbb');
    const c0 = await warm('metadata', [a, b]);
    rmSync(b);
    const c = await open();
    await c.save();
    expect(cacheKeys(c0.file)).toEqual(['media/a.mp4']);
  });

  it('a non-regular file is never cached or hashed', async () => {
    const c = await open('content');
    const fake = { size: 0, mtimeMs: 1, isFile: () => false };
    await c.set(path.join(root, 'fifo'), fake, { facts: 'x' });
    expect(await c.get(path.join(root, 'fifo'), fake)).toBeUndefined();
  });
});
