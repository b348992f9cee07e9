import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { fastVideoFacts } from '../../src/probes/fast/index.js';
import { runFfprobe } from '../../src/probes/ffprobe.js';
import { normaliseFfprobe } from '../../src/probes/video.js';
import { ffmpeg } from '../probes/media.js';

// Long differential fuzz, opt-in (FAST_FUZZ=runs per base file, FAST_FUZZ_SEED=n): mutate the moov
// of several real files; whenever the fast path answers, ffprobe must give the same facts.
const runs = Number(process.env.FAST_FUZZ ?? 0);

it.skipIf(!runs)('fast path answers only where ffprobe agrees', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fast-fuzz-'));
  try {
    const av = ['-f', 'lavfi', '-i', 'testsrc2=size=160x120:rate=25:duration=1', '-f', 'lavfi', '-i', 'sine=duration=1'];
    const bases: [string, string[]][] = [
      ['a.mp4', [...av, '-c:v', 'libx264', '-preset', 'veryfast', '-c:a', 'aac', '-shortest', '-movflags', '+faststart']],
      ['b.mov', [...av, '-c:v', 'mpeg4', '-c:a', 'pcm_s16le', '-shortest']],
      ['c.mp4', [...av, '-c:v', 'libx264', '-preset', 'ultrafast', '-an', '-vf', "select='not(mod(n\\,3))+lt(n\\,10)'", '-vsync', 'vfr']],
      ['d.mp4', [av[0], av[1], av[2], av[3], '-c:v', 'libx265', '-preset', 'fast', '-tag:v', 'hvc1', '-x265-params', 'log-level=error']],
      ['e.mov', [...av, '-c:v', 'libx264', '-preset', 'veryfast', '-c:a', 'aac', '-shortest', '-metadata:s:v:0', 'rotate=90']],
    ];
    const bad: string[] = [];
    for (const [name, args] of bases) {
      await ffmpeg([...args, join(dir, name)]);
      const orig = new Uint8Array(await readFile(join(dir, name)));
      const at = Buffer.from(orig).indexOf('moov') - 4;
      const len = Buffer.from(orig).readUInt32BE(at);
      const mutation = fc.array(
        fc.record({ w: fc.integer({ min: 0, max: len - 1 }), v: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 1, 255, 127, 128)) }),
        { minLength: 1, maxLength: 4 },
      );
      for (const muts of fc.sample(mutation, { numRuns: runs, seed: Number(process.env.FAST_FUZZ_SEED ?? 1) })) {
        const b = new Uint8Array(orig);
        for (const m of muts) b[at + m.w] = m.v;
        const r = await fastVideoFacts({ id: 'm', name: 'm', size: async () => b.length, read: async (o, l) => b.slice(o, o + l) }, 'mp4');
        if (!r.ok) continue;
        const path = join(dir, 'm.mp4');
        await writeFile(path, b);
        const p = await runFfprobe(path);
        const want = p.ok ? normaliseFfprobe(p.json) : null;
        const differ = Object.entries(r.facts).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(want?.[k as keyof typeof want]));
        if (!want || differ.length) bad.push(`${name} ${JSON.stringify(muts.map((m) => [m.w, m.v]))}: ${p.ok ? JSON.stringify(differ) : p.detail}`);
      }
    }
    expect(bad).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 3_600_000);
