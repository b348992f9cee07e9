import { readFile, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastVideoFacts, type FastResult } from '../../src/probes/fast/index.js';
import { runFfprobe } from '../../src/probes/ffprobe.js';
import type { ByteSource } from '../../src/probes/source.js';
import { normaliseFfprobe } from '../../src/probes/video.js';
import { ffmpeg, tempDir } from '../probes/media.js';

// Bad input is a doubt (ok:false) or a clean result: never a throw, never a hang.

function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    id: 'mem',
    name: 'x.mp4',
    size: async () => bytes.length,
    read: async (offset, length) => bytes.slice(offset, Math.min(offset + length, bytes.length)),
  };
}

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
function box(type: string, ...parts: (number[] | Uint8Array)[]): number[] {
  const body = parts.flatMap((p) => [...p]);
  return [...be32(8 + body.length), ...ascii(type), ...body];
}
const ftyp = box('ftyp', ascii('isom'), be32(512), ascii('isommp41'));

/** A result is either a doubt or facts that make sense. */
function sane(r: FastResult): void {
  if (!r.ok) {
    expect(typeof r.reason).toBe('string');
    return;
  }
  const f = r.facts;
  for (const v of [f.width, f.height, f.durationSec]) if (v !== null) expect(v > 0 && Number.isFinite(v)).toBe(true);
  if (f.fps) expect(Number.isInteger(f.fps.num) && Number.isInteger(f.fps.den) && f.fps.num > 0 && f.fps.den > 0).toBe(true);
  expect(f.hasVideoStream || f.hasAudioStream).toBe(true);
}

async function read(bytes: Uint8Array): Promise<FastResult> {
  const r = await fastVideoFacts(bytesSource(bytes), 'mp4');
  sane(r);
  return r;
}

const tmp = await tempDir();
let front: Uint8Array;
let end: Uint8Array;
let moovAt: [number, number];

beforeAll(async () => {
  const src = ['-f', 'lavfi', '-i', 'testsrc2=size=160x120:rate=25:duration=1', '-f', 'lavfi', '-i', 'sine=duration=1'];
  const enc = ['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest'];
  await ffmpeg([...src, ...enc, '-movflags', '+faststart', tmp.path('front.mp4')]);
  await ffmpeg([...src, ...enc, tmp.path('end.mp4')]);
  front = new Uint8Array(await readFile(tmp.path('front.mp4')));
  end = new Uint8Array(await readFile(tmp.path('end.mp4')));
  const at = Buffer.from(front).indexOf('moov') - 4;
  moovAt = [at, at + Buffer.from(front).readUInt32BE(at)];
});

afterAll(() => tmp.cleanup());

describe('hand-made bad boxes', () => {
  it('reads the real files it is mutated from', async () => {
    expect((await read(front)).ok).toBe(true);
    expect((await read(end)).ok).toBe(true);
  });

  it('doubts an empty moov, a moov with zero tracks and a file of only ftyp', async () => {
    expect((await read(new Uint8Array([...ftyp, ...box('moov')]))).ok).toBe(false);
    const mvhd = box('mvhd', new Array(100).fill(0));
    expect((await read(new Uint8Array([...ftyp, ...box('moov', mvhd)]))).ok).toBe(false);
    expect((await read(new Uint8Array(ftyp))).ok).toBe(false);
    expect((await read(new Uint8Array(0))).ok).toBe(false);
  });

  it('doubts impossible sizes: 0 inside moov, 1..7, past the end, 64-bit past 2^53', async () => {
    const moov = front.subarray(moovAt[0], moovAt[1]);
    for (const size of [0, 1, 2, 7, moov.length + 1, 0xffffffff]) {
      const b = new Uint8Array(front);
      b.set(be32(size), moovAt[0] + 8); // mvhd's size
      await read(b);
    }
    const huge = new Uint8Array([...ftyp, ...be32(1), ...ascii('moov'), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect((await read(huge)).ok).toBe(false);
    const past = new Uint8Array([...ftyp, ...be32(1_000_000), ...ascii('mdat'), 1, 2, 3]);
    expect((await read(past)).ok).toBe(false);
  });

  it('is not slowed by a stbl with thousands of children or an stts claiming 2^32 entries', async () => {
    const many = box('stbl', ...Array.from({ length: 5000 }, () => box('free')));
    const nested = box('moov', box('mvhd', new Array(100).fill(0)), box('trak', box('mdia', box('minf', many))));
    const t0 = performance.now();
    expect((await read(new Uint8Array([...ftyp, ...nested]))).ok).toBe(false);
    const stts = box('stts', [0, 0, 0, 0], be32(0xffffffff));
    const t = box('trak', box('tkhd', new Array(84).fill(0)), box('mdia', box('mdhd', new Array(24).fill(0)), box('minf', box('stbl', stts))));
    expect((await read(new Uint8Array([...ftyp, ...box('moov', box('mvhd', new Array(100).fill(0)), t)]))).ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('doubts deeply nested boxes without recursing into them', async () => {
    // 2000 boxes, each the only child of the one before: moov > trak > moov > trak ...
    const depth = 2000;
    const deep = new Uint8Array(ftyp.length + depth * 8 + 8);
    deep.set(ftyp);
    for (let i = 0; i <= depth; i++) {
      const at = ftyp.length + i * 8;
      deep.set([...be32(deep.length - at), ...ascii(i === depth ? 'free' : i % 2 ? 'trak' : 'moov')], at);
    }
    expect((await read(deep)).ok).toBe(false);
  });

  it('survives the file cut at every length', async () => {
    for (const whole of [front, end]) {
      for (let n = 0; n < whole.length; n += n < 4096 ? 1 : 97) await read(whole.subarray(0, n));
    }
  });
});

describe('random mutations of a real file', () => {
  const mutation = (len: number, hot: () => [number, number]) =>
    fc.array(
      fc.record({
        // most mutations land in the moov and the top-level headers, where the parser looks
        where: fc.oneof(fc.integer({ min: 0, max: len - 1 }), fc.integer({ min: 0, max: 9999 }).map((i) => {
          const [a, b] = hot();
          return a + (i % (b - a));
        })),
        value: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 1, 0xff, 0x7f, 0x80)),
      }),
      { minLength: 1, maxLength: 12 },
    );

  it('never throws or hangs, and gives sane facts when it answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), mutation(front.length, () => moovAt), fc.option(fc.nat()), async (useEnd, muts, cut) => {
        const b = new Uint8Array(useEnd ? end : front);
        for (const m of muts) b[m.where % b.length] = m.value;
        const t0 = performance.now();
        await read(cut === null ? b : b.subarray(0, cut % (b.length + 1)));
        expect(performance.now() - t0).toBeLessThan(100);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('when it answers on a mutated file, ffprobe agrees', async () => {
    // differential: mutated files that the fast path still reads must give ffprobe's facts
    const samples = fc.sample(mutation(front.length, () => moovAt), { numRuns: 40, seed: 11 });
    let answered = 0;
    for (const [i, muts] of samples.entries()) {
      const b = new Uint8Array(front);
      for (const m of muts) b[m.where % b.length] = m.value;
      const r = await read(b);
      if (!r.ok) continue;
      const path = tmp.path(`m${i}.mp4`);
      await writeFile(path, b);
      const p = await runFfprobe(path);
      if (!p.ok) expect.fail(`mutation ${i}: fast path answered, ffprobe says ${p.detail}`);
      const want = normaliseFfprobe(p.json);
      for (const [k, v] of Object.entries(r.facts)) expect(v, `mutation ${i}: ${k}`).toEqual(want[k as keyof typeof want]);
      answered++;
    }
    expect(answered).toBeGreaterThan(0);
  });
});
