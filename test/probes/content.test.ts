import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { parseFile } from 'music-metadata';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceReadError } from '../../src/probes/guard.js';
import { probe } from '../../src/probes/index.js';
import { probeVideo } from '../../src/probes/video.js';
import type { ByteSource } from '../../src/probes/source.js';
import { fixtures } from '../helpers/fixtures.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { ffmpeg, memorySource, tempDir } from './media.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
const X264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];

beforeAll(async () => {
  tmp = await tempDir();
  const p = tmp.path;
  await Promise.all([
    // mp4 muxer forced: by its name ffmpeg would write a QuickTime file
    ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-frames:v', '25', ...X264, '-f', 'mp4', p('isom.mov')]),
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=300:sample_rate=48000', '-af', 'atrim=end_sample=96000', '-c:a', 'pcm_s16le', '-f', 'wav', p('wave.mp3')]),
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=300:sample_rate=44100', '-af', 'atrim=end_sample=132300', '-c:a', 'aac', p('tone.m4a')]),
    // 2 s of silence then 4 s of noise, VBR, no Xing header: the first frames share a bitrate
    ffmpeg(['-f', 'lavfi', '-i', "aevalsrc='if(lt(t,2),0,0.5*random(0)-0.25)':s=44100:d=6", '-c:a', 'libmp3lame', '-q:a', '2', '-write_xing', '0', p('quiet-start.mp3')]),
    sharp({ create: { width: 500, height: 300, channels: 3, background: '#336699' } }).jpeg().toFile(p('photo.png')),
  ]);
  await copyFile(p('isom.mov'), p('noext'));
});
afterAll(() => tmp.cleanup());

describe('format by content, whatever the name', () => {
  it('an ISO mp4 named .mov is mp4, and the name mismatch is flagged', async () => {
    const f = await probe(tmp.path('isom.mov'));
    expect([f.kind, f.format, f.extension, f.extensionMismatch]).toEqual(['video', 'mp4', 'mov', true]);
    expect([f.width, f.height, f.fps?.num, f.fps?.den, f.durationSec]).toEqual([640, 360, 25, 1, 1]);
  });

  it('a JPEG named .png and a WAV named .mp3 are read as what they are', async () => {
    const jpg = await probe(tmp.path('photo.png'));
    expect([jpg.kind, jpg.format, jpg.mime, jpg.extensionMismatch, jpg.width, jpg.height]).toEqual(['image', 'jpeg', 'image/jpeg', true, 500, 300]);
    const wav = await probe(tmp.path('wave.mp3'));
    expect([wav.kind, wav.format, wav.extensionMismatch, wav.durationSec, wav.sampleRate, wav.audioCodec]).toEqual(['audio', 'wav', true, 2, 48000, 'pcm']);
  });

  it('a file without an extension has no mismatch', async () => {
    const f = await probe(tmp.path('noext'));
    expect([f.format, f.extension, f.extensionMismatch]).toEqual(['mp4', '', false]);
  });

  it('an M4A (audio brand) is audio', async () => {
    const f = await probe(tmp.path('tone.m4a'));
    expect([f.kind, f.format, f.audioCodec, f.hasAudioStream, f.probedBy]).toEqual(['audio', 'm4a', 'aac', true, 'music-metadata']);
    expect(Math.abs(f.durationSec! - 3)).toBeLessThan(0.05);
  });
});

describe('MP3 duration without a Xing header', () => {
  it('counts frames: within 50 ms of the truth where a bitrate guess is seconds off', async () => {
    const f = await probe(tmp.path('quiet-start.mp3'));
    expect(f.failure).toBeNull();
    expect(Math.abs(f.durationSec! - 6)).toBeLessThan(0.05);
    // why mp3.ts exists: music-metadata takes the quiet start for CBR and divides the file size
    const mm = await parseFile(tmp.path('quiet-start.mp3'), { duration: true });
    expect(Math.abs(mm.format.duration! - 6)).toBeGreaterThan(1);
  });
});

describe('sources without a local path', () => {
  it('give the same facts as the file on disk', async () => {
    const fx = await fixtures();
    for (const name of ['images/exif-o6-800x400.jpg', 'images/ok-640x480.webp', 'images/side-300x300.png', 'audio/mp3-vbr-noxing-6s.mp3', 'audio/wav-2.0s.wav', 'audio/format.ogg', 'videos/rotate-90-1280x720.mp4', 'videos/vfr.mp4', 'videos/with-audio.mp4', 'videos/container.mov']) {
      const local = await probe(fx.path(name));
      const mem = await probe(await memorySource(fx.path(name)));
      expect({ ...mem, source: local.source }, name).toEqual(local);
    }
  });

  it('hand sharp a growing prefix when the image header is larger than the first read', async () => {
    // 3 comment segments (~196 KB) before the frame header
    const jpeg = await sharp({ create: { width: 2000, height: 1500, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .jpeg({ quality: 95 })
      .toBuffer();
    const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0xff, 0xff]), Buffer.alloc(65533, 0x41)]);
    await writeFile(tmp.path('big-header.jpg'), Buffer.concat([jpeg.subarray(0, 2), com, com, com, jpeg.subarray(2)]));
    const src = await memorySource(tmp.path('big-header.jpg'));
    const f = await probe(src);
    expect([f.format, f.width, f.height, f.failure]).toEqual(['jpeg', 2000, 1500, null]);
    const size = (await readFile(tmp.path('big-header.jpg'))).length;
    // the integrity check reads the tail; sharp got a prefix, never the whole file
    expect(src.stats.bytesRead).toBeLessThan(size);
  });

  it('a source that never answers ends as a timeout, not a hang', async () => {
    const src: ByteSource = {
      id: 'https://example.invalid/slow.mp4',
      name: 'slow.mp4',
      size: async () => 1_000_000,
      read: () => new Promise<Uint8Array>(() => {}),
    };
    const t = Date.now();
    const f = await probe(src, { timeoutMs: 300 });
    expect(f.failure?.reason).toBe('timeout');
    expect(Date.now() - t).toBeLessThan(3_000);
  });
});

describe('a URL source', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((await fixtures()).dir);
  });
  afterAll(() => server.close());

  /** A minimal ranged-GET source; the remote module has the real one. */
  function urlSource(url: string): ByteSource {
    let size: Promise<number> | undefined;
    return {
      id: url,
      name: url.split('/').pop()!,
      size: () => (size ??= fetch(url, { method: 'HEAD' }).then((r) => Number(r.headers.get('content-length')))),
      read: async (offset, length) => {
        const r = await fetch(url, { headers: { range: `bytes=${offset}-${offset + length - 1}` } });
        return new Uint8Array(await r.arrayBuffer());
      },
    };
  }

  it('is sniffed by range reads and probed by ffprobe reading through the source', async () => {
    // WebM: no in-process reader answers it, ffprobe reads it (the MP4 reader would answer an MP4 first)
    const f = await probe(urlSource(server.url('/range/videos/container.webm')), { deep: true });
    expect([f.kind, f.format, f.width, f.height, f.rotation, f.durationSec, f.failure, f.probedBy]).toEqual([
      'video', 'webm', 640, 640, 0, 2, null, 'ffprobe',
    ]);
    expect(f.fps).toEqual({ num: 24, den: 1, value: 24 });
    // ffprobe never fetched the URL itself: every request to the server was one of the source's ranged GETs
    expect(server.requests.every((r) => r.method === 'HEAD' || r.range !== null)).toBe(true);
  });

  it('a source that fails while ffprobe reads it is a read error, not a corrupt file', async () => {
    const src: ByteSource = {
      id: 'mem:clip.mp4',
      name: 'clip.mp4',
      size: async () => 100_000,
      read: () => Promise.reject(new Error('socket hang up')),
    };
    await expect(probeVideo(src, { timeoutMs: 5_000 })).rejects.toBeInstanceOf(SourceReadError);
  });
});
