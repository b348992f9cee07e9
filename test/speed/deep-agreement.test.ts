import { readFile, stat, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceReadError } from '../../src/probes/guard.js';
import { probe } from '../../src/probes/index.js';
import { deepInProcess } from '../../src/probes/deep/index.js';
import { PIECE } from '../../src/probes/deep/read.js';
import { runFfprobe } from '../../src/probes/ffprobe.js';
import { sniff } from '../../src/probes/sniff.js';
import { fileSource } from '../../src/probes/source.js';
import { ffprobeFailure, packetFailure } from '../../src/probes/video.js';
import type { ReadFailure } from '../../src/types.js';
import { fixtures } from '../helpers/fixtures.js';
import { startServer } from '../helpers/http-server.js';
import { ffmpeg, memorySource, tempDir } from '../probes/media.js';

// --deep without ffprobe for MP4/MOV and MP3: on real media, good and damaged, the in-process check
// and ffprobe's packet scan (-count_packets, read as the ffprobe path reads it) reach the same verdict.
const tmp = await tempDir();
afterAll(() => tmp.cleanup());

const clip = (out: string, ...extra: string[]) =>
  ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=24:duration=1', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', ...extra, tmp.path(out)]);
const tone = (out: string, ...extra: string[]) => ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-c:a', 'libmp3lame', ...extra, tmp.path(out)]);

/** The offset of the first box of this type (its size field). */
const boxOffset = (b: Buffer, type: string) => b.indexOf(Buffer.from(type)) - 4;

/** The last entry of the first stco (track 1's last chunk) set to `offset`. */
function lastChunkAt(mp4: Buffer, offset: number): Buffer {
  const out = Buffer.from(mp4);
  const stco = boxOffset(out, 'stco');
  const n = out.readUInt32BE(stco + 12);
  out.writeUInt32BE(offset, stco + 16 + (n - 1) * 4);
  return out;
}

const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl']);

/**
 * The moov (at the end, so no sample moves) rewritten with 64-bit chunk offsets (co64) and 16-bit
 * sample sizes (stz2), the other forms of the tables; `lastChunk` replaces track 1's last offset.
 */
function wideTables(mp4: Buffer, lastChunk?: number): Buffer {
  const moov = boxOffset(mp4, 'moov');
  let firstCo64 = true;
  const rebuild = (box: Buffer): Buffer => {
    const type = box.toString('latin1', 4, 8);
    const body = box.subarray(8);
    let out: Buffer = body;
    if (CONTAINERS.has(type)) {
      const kids: Buffer[] = [];
      for (let p = 0; p < body.length; p += body.readUInt32BE(p)) kids.push(rebuild(body.subarray(p, p + body.readUInt32BE(p))));
      out = Buffer.concat(kids);
    } else if (type === 'stco') {
      const n = body.readUInt32BE(4);
      out = Buffer.alloc(8 + n * 8);
      out.writeUInt32BE(n, 4);
      for (let i = 0; i < n; i++) out.writeBigUInt64BE(BigInt(body.readUInt32BE(8 + i * 4)), 8 + i * 8);
      if (firstCo64 && lastChunk !== undefined) out.writeBigUInt64BE(BigInt(lastChunk), 8 + (n - 1) * 8);
      firstCo64 = false;
    } else if (type === 'stsz' && body.readUInt32BE(4) === 0) {
      const n = body.readUInt32BE(8);
      out = Buffer.alloc(12 + n * 2);
      out[7] = 16;
      out.writeUInt32BE(n, 8);
      for (let i = 0; i < n; i++) out.writeUInt16BE(body.readUInt32BE(12 + i * 4), 12 + i * 2);
    }
    const renamed = type === 'stco' ? 'co64' : type === 'stsz' && out !== body ? 'stz2' : type;
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + out.length);
    head.write(renamed, 4, 'latin1');
    return Buffer.concat([head, out]);
  };
  return Buffer.concat([mp4.subarray(0, moov), rebuild(mp4.subarray(moov, moov + mp4.readUInt32BE(moov)))]);
}

function apeFooter(): Buffer {
  const f = Buffer.alloc(32);
  f.write('APETAGEX', 0, 'latin1');
  f.writeUInt32LE(2000, 8);
  f.writeUInt32LE(32, 12); // the tag's size: this footer alone
  return f;
}

function lyrics3v2(): Buffer {
  const body = Buffer.from('LYRICSBEGININD0000210', 'latin1');
  return Buffer.concat([body, Buffer.from(`${String(body.length).padStart(6, '0')}LYRICS200`, 'latin1')]);
}

function id3v1(): Buffer {
  const t = Buffer.alloc(128);
  t.write('TAGA title', 0, 'latin1');
  return t;
}

beforeAll(async () => {
  await clip('moov-first.mp4', '-movflags', '+faststart');
  await clip('moov-last.mp4');
  await clip('good.mov', '-f', 'mov');
  await clip('fragmented.mp4', '-movflags', 'frag_keyframe+empty_moov');
  // media data of several pieces
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=24:duration=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '12', '-pix_fmt', 'yuv420p', tmp.path('large.mp4')]);
  const mp4 = await readFile(tmp.path('moov-first.mp4'));
  // the mdat cut at 60% and its size made to agree: every box adds up, the samples do not
  const mdat = boxOffset(mp4, 'mdat');
  const keep = mdat + Math.floor((mp4.length - mdat) * 0.6);
  const short = Buffer.from(mp4.subarray(0, keep));
  short.writeUInt32BE(keep - mdat, mdat);
  await writeFile(tmp.path('short-mdat.mp4'), short);
  await writeFile(tmp.path('chunk-past-end.mp4'), lastChunkAt(mp4, mp4.length + 1000));
  // inside the file but not in the mdat: the chunk's bytes are the file's own header boxes
  await writeFile(tmp.path('chunk-in-moov.mp4'), lastChunkAt(mp4, 40));
  const last = await readFile(tmp.path('moov-last.mp4'));
  expect(boxOffset(last, 'moov')).toBeGreaterThan(boxOffset(last, 'mdat'));
  const wide = wideTables(last);
  expect([wide.includes('co64'), wide.includes('stz2'), wide.includes('stco')]).toEqual([true, true, false]);
  await writeFile(tmp.path('wide-tables.mp4'), wide);
  await writeFile(tmp.path('wide-chunk-past-4g.mp4'), wideTables(last, 2 ** 33));
  // every video sample said to be 100 kB (a fixed size in stsz): the chunks run far past the media data
  const fixed = Buffer.from(mp4);
  fixed.writeUInt32BE(100_000, boxOffset(fixed, 'stsz') + 12);
  await writeFile(tmp.path('fixed-size-samples.mp4'), fixed);
  const mov = await readFile(tmp.path('good.mov'));
  await writeFile(tmp.path('chunk-past-end.mov'), lastChunkAt(mov, mov.length + 4096));

  await tone('cbr.mp3', '-b:a', '128k', '-write_xing', '0');
  await tone('vbr-tags.mp3', '-q:a', '4', '-id3v2_version', '3', '-write_id3v1', '1', '-metadata', 'title=A tone');
  const cbr = await readFile(tmp.path('cbr.mp3'));
  await writeFile(tmp.path('end-tags.mp3'), Buffer.concat([cbr, lyrics3v2(), apeFooter(), id3v1()]));
  await writeFile(tmp.path('padded.mp3'), Buffer.concat([cbr, Buffer.alloc(700)]));
  // cut mid-frame, then an ID3v1 tag: the structure check's tail sees a tag, not the cut frame
  await writeFile(tmp.path('cut-mid-frame.mp3'), Buffer.concat([cbr.subarray(0, Math.floor(cbr.length / 2) + 101), id3v1()]));
  const junk = Buffer.alloc(300);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7 + 3) & 0xff;
  const vbr = await readFile(tmp.path('vbr-tags.mp3'));
  const mid = Math.floor(vbr.length / 2);
  await writeFile(tmp.path('junk-in-middle.mp3'), Buffer.concat([vbr.subarray(0, mid), junk, vbr.subarray(mid)]));
}, 120_000);

const formatOf = (name: string) => name.split('.').pop()!;

async function inProcess(name: string): Promise<ReadFailure | null> {
  const src = fileSource(tmp.path(name));
  try {
    const answer = await deepInProcess(src, formatOf(name), (await stat(tmp.path(name))).size);
    if (!answer.answered) throw new Error(`${name} was not answered: ${answer.reason}`);
    return answer.failure;
  } finally {
    await src.close();
  }
}

/** The verdict of the ffprobe path: -count_packets, read by packetFailure as probeVideo reads it. */
async function ffprobeVerdict(name: string, path = tmp.path(name)): Promise<ReadFailure | null> {
  const r = await runFfprobe(path, { countPackets: true });
  return r.ok ? packetFailure(r.json, r.stderr) : ffprobeFailure(r);
}

const verdict = (f: ReadFailure | null) => (f ? 'failure' : 'ok');

describe('--deep in process agrees with ffprobe -count_packets', () => {
  it.each([
    ['moov-first.mp4', 'ok'],
    ['moov-last.mp4', 'ok'],
    ['good.mov', 'ok'],
    ['short-mdat.mp4', 'failure'],
    ['chunk-past-end.mp4', 'failure'],
    ['chunk-past-end.mov', 'failure'],
    ['chunk-in-moov.mp4', 'failure'],
    ['fixed-size-samples.mp4', 'failure'],
    ['wide-tables.mp4', 'ok'],
    ['wide-chunk-past-4g.mp4', 'failure'],
    ['cbr.mp3', 'ok'],
    ['vbr-tags.mp3', 'ok'],
    ['end-tags.mp3', 'ok'],
    ['padded.mp3', 'ok'],
  ])('%s: %s', async (name, expected) => {
    const [ours, theirs] = await Promise.all([inProcess(name), ffprobeVerdict(name)]);
    expect(verdict(theirs)).toBe(expected);
    expect(verdict(ours)).toBe(expected);
  });

  it('on every MP4, MOV and MP3 fixture it answers', async () => {
    const fx = await fixtures();
    const seen: string[] = [];
    for (const e of fx.catalog) {
      const src = fileSource(fx.path(e.file));
      let answer;
      try {
        const { format } = await sniff(src);
        if (format !== 'mp4' && format !== 'mov' && format !== 'mp3') continue;
        answer = await deepInProcess(src, format, await src.size());
      } finally {
        await src.close();
      }
      if (!answer.answered) continue;
      seen.push(e.file);
      const theirs = verdict(await ffprobeVerdict(e.file, fx.path(e.file)));
      // a cut last frame: ffprobe's count passes it (as above); the structure check reports it too
      const expected = e.file === 'broken/truncated.mp3' ? 'failure' : theirs;
      expect([e.file, verdict(answer.failure)]).toEqual([e.file, expected]);
    }
    expect(seen.length).toBeGreaterThan(20);
  }, 60_000);

  it('names the track and sample whose bytes are missing, and how', async () => {
    expect(await inProcess('short-mdat.mp4')).toMatchObject({ reason: 'truncated', detail: expect.stringMatching(/^track \d \((video|audio)\), sample \d+ of \d+: /) });
    const past = await inProcess('chunk-past-end.mp4');
    const mp4 = await readFile(tmp.path('moov-first.mp4'));
    expect(past).toMatchObject({ reason: 'corrupt', detail: expect.stringMatching(new RegExp(`^track 1 \\(video\\), sample \\d+ of 24: bytes ${mp4.length + 1000}-`)) });
    expect(await inProcess('wide-chunk-past-4g.mp4')).toMatchObject({ reason: 'corrupt', detail: expect.stringMatching(new RegExp(`^track 1 \\(video\\), sample \\d+ of 24: bytes ${2 ** 33}-`)) });
    expect(await inProcess('chunk-in-moov.mp4')).toMatchObject({ reason: 'corrupt', detail: expect.stringMatching(/^track 1 \(video\), sample \d+ of 24: bytes 40-\d+ are not inside an mdat box$/) });
  });

  // ffprobe's packet count resyncs over a cut frame and over junk without a word: these files are
  // plainly damaged (a frame runs past the audio; 300 bytes that are no frame sit between two), so
  // the in-process check reports them where ffprobe's verdict is "ok".
  it('finds the MP3 damage ffprobe passes in silence', async () => {
    expect(verdict(await ffprobeVerdict('cut-mid-frame.mp3'))).toBe('ok');
    expect(verdict(await ffprobeVerdict('junk-in-middle.mp3'))).toBe('ok');
    expect((await inProcess('cut-mid-frame.mp3'))?.reason).toBe('truncated');
    const junk = await inProcess('junk-in-middle.mp3');
    const vbr = await readFile(tmp.path('vbr-tags.mp3'));
    expect(junk?.reason).toBe('corrupt');
    // the junk starts at the splice or, when the splice fell inside a frame, where that frame should end
    const at = Number(/at byte (\d+)/.exec(junk!.detail)?.[1]);
    expect(at).toBeGreaterThanOrEqual(Math.floor(vbr.length / 2) - 2881);
    expect(at).toBeLessThanOrEqual(Math.floor(vbr.length / 2) + 2881);
  });
});

describe('--deep routing', () => {
  it('answers MP4 and MP3 in process through probe(), with the fast readers\' facts', async () => {
    const short = await probe(tmp.path('short-mdat.mp4'), { deep: true });
    expect([short.probedBy, short.failure?.reason, short.width]).toEqual(['fast-mp4', 'truncated', 320]);
    const good = await probe(tmp.path('moov-last.mp4'), { deep: true });
    expect([good.probedBy, good.failure]).toEqual(['fast-mp4', null]);
    const junk = await probe(tmp.path('junk-in-middle.mp3'), { deep: true });
    expect(junk.failure?.reason).toBe('corrupt');
  });

  it('reads a URL through its ranged source, with the same verdicts as on disk', async () => {
    const server = await startServer(tmp.dir);
    try {
      const at = (name: string) => probe(server.url(`/range/${name}`), { deep: true, allowPrivateUrls: true });
      const [good, short, junk] = await Promise.all([at('moov-last.mp4'), at('short-mdat.mp4'), at('junk-in-middle.mp3')]);
      expect([good.probedBy, good.failure]).toEqual(['fast-mp4', null]);
      expect(short.failure).toEqual(await inProcess('short-mdat.mp4'));
      expect(junk.failure).toEqual(await inProcess('junk-in-middle.mp3'));
      // every byte came by the source's own ranged requests (no tool fetched the URL)
      expect(server.requests.every((r) => r.method === 'HEAD' || r.range !== null)).toBe(true);
      expect(good.remote?.bytesRead).toBeGreaterThanOrEqual((await stat(tmp.path('moov-last.mp4'))).size * 0.9);
    } finally {
      await server.close();
    }
  });

  it('leaves what the tables cannot answer to ffprobe', async () => {
    const src = fileSource(tmp.path('fragmented.mp4'));
    try {
      expect((await deepInProcess(src, 'mp4', await src.size())).answered).toBe(false);
    } finally {
      await src.close();
    }
    const f = await probe(tmp.path('fragmented.mp4'), { deep: true });
    expect([f.probedBy, f.failure]).toEqual(['ffprobe', null]);
  });

  it('reports a read error of the source as one, and stops reading past the deadline', async () => {
    const src = await memorySource(tmp.path('large.mp4'));
    const size = await src.size();
    const read = src.read.bind(src);
    src.read = (offset, length) => (offset > size / 2 ? Promise.reject(new Error('connection reset')) : read(offset, length));
    await expect(deepInProcess(src, 'mp4', size)).rejects.toBeInstanceOf(SourceReadError);
    const reads = src.stats.reads;
    expect(await deepInProcess(src, 'mp4', size, Date.now() - 1)).toEqual({ answered: false, reason: 'out of time' });
    expect(src.stats.reads).toBe(reads);
  });

  it('reads every sample byte in pieces, once', async () => {
    const src = await memorySource(tmp.path('large.mp4'));
    let largest = 0;
    const read = src.read.bind(src);
    src.read = (offset, length) => {
      largest = Math.max(largest, length);
      return read(offset, length);
    };
    expect(await deepInProcess(src, 'mp4', await src.size())).toEqual({ answered: true, failure: null });
    const size = await src.size();
    expect(size).toBeGreaterThan(2 * PIECE);
    expect(largest).toBeLessThanOrEqual(PIECE);
    // the moov search's reads, then the mdat once
    expect(src.stats.bytesRead).toBeLessThan(2 * size);
    expect(src.stats.bytesRead).toBeGreaterThan(0.9 * size);
  });
});
