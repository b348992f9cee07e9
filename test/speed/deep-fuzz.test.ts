import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deepInProcess } from '../../src/probes/deep/index.js';
import { PIECE } from '../../src/probes/deep/read.js';
import type { ByteSource } from '../../src/probes/source.js';
import { ffmpeg, tempDir } from '../probes/media.js';

// Damaged tables and frames are findings or "left to ffprobe", never a crash, a hang or an
// unbounded number of reads: seeded mutations of real files, in memory.
const tmp = await tempDir();
afterAll(() => tmp.cleanup());

let mp4: Uint8Array;
let mp3: Uint8Array;
beforeAll(async () => {
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=160x120:rate=25:duration=1', '-f', 'lavfi', '-i', 'sine=duration=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-shortest', '-movflags', '+faststart', tmp.path('a.mp4')]);
  await ffmpeg(['-f', 'lavfi', '-i', 'sine=duration=2', '-c:a', 'libmp3lame', '-q:a', '5', '-write_id3v1', '1', tmp.path('a.mp3')]);
  mp4 = new Uint8Array(await readFile(tmp.path('a.mp4')));
  mp3 = new Uint8Array(await readFile(tmp.path('a.mp3')));
}, 60_000);

function counted(b: Uint8Array) {
  const stats = { reads: 0, largest: 0 };
  const src: ByteSource = {
    id: 'mem',
    name: 'mem',
    size: async () => b.length,
    read: async (o, l) => {
      stats.reads++;
      stats.largest = Math.max(stats.largest, l);
      return b.slice(o, o + l);
    },
  };
  return { src, stats };
}

const writes = (len: number) =>
  fc.array(fc.record({ at: fc.integer({ min: 0, max: len - 1 }), v: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 1, 0x7f, 0x80, 0xff)) }), { minLength: 1, maxLength: 6 });

/** Answers seen, by kind: the mutations must reach every outcome, not only "left to ffprobe". */
type Outcomes = Record<'ok' | 'truncated' | 'corrupt' | 'unanswered', number>;
const none = (): Outcomes => ({ ok: 0, truncated: 0, corrupt: 0, unanswered: 0 });

async function check(b: Uint8Array, format: string, seen: Outcomes): Promise<void> {
  const { src, stats } = counted(b);
  const answer = await deepInProcess(src, format, b.length);
  const outcome = !answer.answered ? 'unanswered' : (answer.failure?.reason ?? 'ok');
  expect(Object.keys(seen)).toContain(outcome);
  seen[outcome as keyof Outcomes]++;
  // the moov search's reads, then the media data in pieces
  expect(stats.reads).toBeLessThanOrEqual(16 + Math.ceil(b.length / PIECE) * 2);
}

it('MP4: mutated sample tables', async () => {
  const seen = none();
  const moov = Buffer.from(mp4).indexOf('moov') - 4;
  const len = Buffer.from(mp4).readUInt32BE(moov);
  const tables = ['stsz', 'stsc', 'stco', 'stts'].map((t) => Buffer.from(mp4).indexOf(t, moov) - 4);
  // half the writes land in the tables, where they change what is read
  const near = fc.array(fc.record({ table: fc.constantFrom(...tables), off: fc.integer({ min: 0, max: 40 }), v: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 });
  for (const [anywhere, inTables] of fc.sample(fc.tuple(writes(len), near), { numRuns: 300, seed: 17 })) {
    const b = new Uint8Array(mp4);
    for (const w of anywhere) b[moov + w.at] = w.v;
    for (const w of inTables) b[w.table + w.off] = w.v;
    await check(b, 'mp4', seen);
  }
  expect(Object.values(seen).every((n) => n > 0)).toBe(true);
});

it('MP3: mutated, cut and spliced frames', async () => {
  const seen = none();
  const cuts = fc.record({ cut: fc.integer({ min: 1, max: mp3.length }), splice: fc.integer({ min: 0, max: mp3.length }), junk: fc.uint8Array({ maxLength: 64 }) });
  for (const [muts, c] of fc.sample(fc.tuple(writes(mp3.length), cuts), { numRuns: 200, seed: 23 })) {
    const b = new Uint8Array(mp3);
    for (const w of muts) b[w.at] = w.v;
    await check(b, 'mp3', seen);
    const spliced = Buffer.concat([b.subarray(0, c.splice), c.junk, b.subarray(c.splice, c.cut)]);
    await check(new Uint8Array(spliced), 'mp3', seen);
  }
  expect(Object.values(seen).every((n) => n > 0)).toBe(true);
});
