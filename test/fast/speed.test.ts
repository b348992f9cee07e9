import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fastVideoFacts } from '../../src/probes/fast/index.js';
import { runFfprobe } from '../../src/probes/ffprobe.js';
import { fileSource, type ByteSource } from '../../src/probes/source.js';
import { ffmpeg, tempDir } from '../probes/media.js';

// 60 small distinct MP4s: the fast path against one ffprobe process per file. The bound is loose
// (the machine may be busy); the numbers are printed for the report.
const tmp = await tempDir();
const files: string[] = [];

beforeAll(async () => {
  const bases = [
    ['24', 'libx264', '-preset', 'ultrafast'],
    ['30000/1001', 'libx264', '-preset', 'veryfast', '-movflags', '+faststart'],
    ['60', 'libx264', '-preset', 'veryfast'],
  ];
  for (const [i, [rate, codec, ...opts]] of bases.entries()) {
    await ffmpeg(['-f', 'lavfi', '-i', `testsrc2=size=320x240:rate=${rate}:duration=2`, '-f', 'lavfi', '-i', 'sine=duration=2',
      '-c:v', codec, ...opts, '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', tmp.path(`base${i}.mp4`)]);
  }
  // distinct bytes: each copy ends with its own free box
  for (let i = 0; i < 60; i++) {
    const path = tmp.path(`f${i}.mp4`);
    await copyFile(tmp.path(`base${i % bases.length}.mp4`), path);
    const bytes = await readFile(path);
    const free = Buffer.alloc(16);
    free.writeUInt32BE(16, 0);
    free.write('free', 4);
    free.writeUInt32BE(i, 8);
    await writeFile(path, Buffer.concat([bytes, free]));
    files.push(path);
  }
});

afterAll(() => tmp.cleanup());

function counting(src: ByteSource) {
  let reads = 0;
  return { src: { ...src, read: (o: number, l: number) => (reads++, src.read(o, l)) }, reads: () => reads };
}

it('reads 60 small MP4s much faster than one ffprobe per file', async () => {
  for (const f of files) expect((await fastVideoFacts(fileSource(f), 'mp4')).ok).toBe(true); // warm-up (JIT)

  let reads = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const f of files) {
    const c = counting(fileSource(f));
    await fastVideoFacts(c.src, 'mp4');
    reads += c.reads();
  }
  const fastMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  // parse only: the moov already in memory, to separate the reader's CPU from file I/O
  const mem = await Promise.all(files.map(async (f) => new Uint8Array(await readFile(f))));
  const t1 = performance.now();
  for (const b of mem) await fastVideoFacts({ id: 'm', name: 'm', size: async () => b.length, read: async (o, l) => b.subarray(o, o + l) }, 'mp4');
  const parseMs = performance.now() - t1;

  const t2 = performance.now();
  for (const f of files) expect((await runFfprobe(f)).ok).toBe(true);
  const ffprobeMs = performance.now() - t2;

  const per = (ms: number) => (ms / files.length).toFixed(3);
  console.log(
    `60 MP4s: fast path ${per(fastMs)} ms/file wall (${per((cpu.user + cpu.system) / 1000)} ms CPU, ` +
      `${(reads / files.length).toFixed(2)} reads), in-memory parse ${per(parseMs)} ms/file; ` +
      `ffprobe per file ${per(ffprobeMs)} ms/file; ${(ffprobeMs / fastMs).toFixed(0)}x`,
  );
  expect(fastMs * 5).toBeLessThan(ffprobeMs);
}, 120_000);
