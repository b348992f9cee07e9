import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeAudio } from '../../src/probes/audio.js';
import { fastMp3Facts } from '../../src/probes/fast/mp3.js';
import { fixtures } from '../helpers/fixtures.js';
import { ffmpeg, tempDir } from '../probes/media.js';

// The MP3 fast path must give the facts of the music-metadata path (duration, codec, rate, channels,
// streams) or doubt the file. Encoder outputs, tagged and untagged; then seeded mutations of the
// tag and the first frames.
const tmp = await tempDir();
afterAll(() => tmp.cleanup());

const mem = (b: Uint8Array) => ({ id: 'mem', name: 'x.mp3', size: async () => b.length, read: async (o: number, l: number) => b.slice(o, o + l) });

async function disagreement(b: Uint8Array): Promise<{ answered: boolean; diff: string | null }> {
  const fast = await fastMp3Facts(mem(b), b.length);
  if (!fast.ok) return { answered: false, diff: null };
  const slow = await probeAudio(mem(b), b.length, 'mp3', 'audio/mpeg').catch((e: Error) => ({ error: e.message }));
  const same = JSON.stringify(fast.facts) === JSON.stringify(slow);
  return { answered: true, diff: same ? null : `fast ${JSON.stringify(fast.facts)} != music-metadata path ${JSON.stringify(slow)}` };
}

/** Files the fast path must read itself, and files it may leave to music-metadata. */
const plain = new Map<string, Uint8Array>();
const other = new Map<string, Uint8Array>();

beforeAll(async () => {
  const sine = (sec: number, rate = 44100) => ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${sec}:sample_rate=${rate}`];
  const make = async (into: Map<string, Uint8Array>, name: string, args: string[]) => {
    await ffmpeg([...args, tmp.path(name)]);
    into.set(name, new Uint8Array(await readFile(tmp.path(name))));
  };
  await make(plain, 'cbr128.mp3', [...sine(2), '-c:a', 'libmp3lame', '-b:a', '128k']);
  await make(plain, 'stereo48k.mp3', [...sine(1.5, 48000), '-ac', '2', '-c:a', 'libmp3lame', '-b:a', '320k']);
  await make(plain, 'mono22k.mp3', [...sine(1, 22050), '-c:a', 'libmp3lame', '-b:a', '32k']);
  await make(plain, 'mpeg25-8k.mp3', [...sine(1, 8000), '-c:a', 'libmp3lame', '-b:a', '8k']);
  await make(plain, 'vbr.mp3', [...sine(2), '-c:a', 'libmp3lame', '-q:a', '4']);
  await make(plain, 'no-xing.mp3', [...sine(2), '-c:a', 'libmp3lame', '-b:a', '96k', '-write_xing', '0']);
  await make(plain, 'no-tag.mp3', [...sine(1), '-c:a', 'libmp3lame', '-id3v2_version', '0']);
  await make(plain, 'v23-tags.mp3', [...sine(1), '-c:a', 'libmp3lame', '-id3v2_version', '3', '-metadata', 'title=Plain title', '-metadata', 'artist=A', '-metadata', 'track=3/9']);
  await make(other, 'v23-utf16.mp3', [...sine(1), '-c:a', 'libmp3lame', '-id3v2_version', '3', '-metadata', 'title=Ünïcode ☃']);
  await make(plain, 'v24-tags-id3v1.mp3', [...sine(1), '-c:a', 'libmp3lame', '-metadata', 'title=T', '-metadata', 'album=B', '-write_id3v1', '1']);
  await make(other, 'txxx.mp3', [...sine(1), '-c:a', 'libmp3lame', '-metadata', 'custom_key=v']);
  await make(other, 'comment.mp3', [...sine(1), '-c:a', 'libmp3lame', '-metadata', 'comment=c']);
}, 120_000);

describe('fast MP3 path agrees with the music-metadata path', () => {
  it('reads plain encoder outputs itself, with the same facts', async () => {
    const bad: string[] = [];
    for (const [name, b] of plain) {
      const r = await disagreement(b);
      if (!r.answered) bad.push(`${name}: doubted (${((await fastMp3Facts(mem(b), b.length)) as { reason: string }).reason})`);
      if (r.diff) bad.push(`${name}: ${r.diff}`);
    }
    expect(bad).toEqual([]);
  });

  it('doubts or agrees on other tags, and on every MP3 fixture', async () => {
    const fx = await fixtures();
    const files = [...other, ...(await Promise.all(fx.catalog.filter((e) => e.file.endsWith('.mp3')).map(async (e) => [e.file, new Uint8Array(await readFile(fx.path(e.file)))] as const)))];
    for (const [name, b] of files) expect((await disagreement(b)).diff, name).toBeNull();
  });

  it('answers only where the music-metadata path agrees, on seeded mutations of the tag and first frames', async () => {
    const bases = ['v23-tags.mp3', 'vbr.mp3', 'mono22k.mp3', 'no-tag.mp3'].map((n) => plain.get(n)!);
    const runs = Number(process.env.MP3_FUZZ ?? 150);
    const bad: string[] = [];
    let answered = 0;
    for (const [k, orig] of bases.entries()) {
      const region = Math.min(orig.length, 600);
      const mutation = fc.array(fc.record({ at: fc.integer({ min: 0, max: region - 1 }), v: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 0xff, 0xfb, 0x49, 0x54)) }), { minLength: 1, maxLength: 3 });
      for (const muts of fc.sample(mutation, { numRuns: runs, seed: 3 + k })) {
        const b = Uint8Array.from(orig);
        for (const m of muts) b[m.at] = m.v;
        const r = await disagreement(b);
        if (r.answered) answered++;
        if (r.diff) bad.push(`base ${k} ${JSON.stringify(muts)}: ${r.diff}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(answered).toBeGreaterThan(runs);
  }, 120_000);
});
