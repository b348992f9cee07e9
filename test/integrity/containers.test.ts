import { describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../src/probes/integrity/index.js';
import { box, cat, chunk, fmtChunk, ftyp, largeBox, riff } from './build.js';
import { counting, failing, memory } from './sources.js';

const check = (bytes: Uint8Array, format: string) => checkIntegrity(memory(bytes), format);
const reason = async (bytes: Uint8Array, format: string) => (await check(bytes, format))?.reason ?? null;

describe('ISO-BMFF box walk', () => {
  test('boxes that add up with a moov pass, in either order', async () => {
    expect(await check(cat(ftyp(), box('moov', 100), box('mdat', 1000)), 'mp4')).toBeNull();
    expect(await check(cat(ftyp(), box('mdat', 1000), box('moov', 100)), 'mov')).toBeNull();
  });

  test('a 64-bit size is read, and one past the end is truncated', async () => {
    expect(await check(cat(ftyp(), box('moov', 50), largeBox('mdat', 500)), 'mp4')).toBeNull();
    const r = await check(cat(ftyp(), box('moov', 50), largeBox('mdat', 500, 16 + 5000)), 'mp4');
    expect(r?.reason).toBe('truncated');
    expect(r?.detail).toMatch(/mdat/);
  });

  test('size 0 runs to the end of the file', async () => {
    const last = box('mdat', 300);
    last.writeUInt32BE(0, 0);
    expect(await check(cat(ftyp(), box('moov', 20), last), 'mp4')).toBeNull();
  });

  test('a size under 8, or a non-text type, is corrupt', async () => {
    const bad = box('moov', 20);
    bad.writeUInt32BE(4, 0);
    expect(await reason(cat(ftyp(), bad), 'mp4')).toBe('corrupt');
    expect(await reason(cat(ftyp(), [0, 0, 0, 16, 0, 1, 2, 3], Buffer.alloc(8)), 'mp4')).toBe('corrupt');
    const tiny64 = largeBox('mdat', 0, 8);
    expect(await reason(cat(ftyp(), box('moov', 8), tiny64), 'mp4')).toBe('corrupt');
  });

  test('a file that ends inside a box header is truncated', async () => {
    expect(await reason(cat(ftyp(), box('moov', 8), [0, 0, 1]), 'mp4')).toBe('truncated');
    expect(await reason(cat(ftyp(), box('moov', 8), [0, 0, 0, 1], 'mdat', [0, 0]), 'mp4')).toBe('truncated');
  });

  test('text is not taken for a box whose size runs past the end', async () => {
    expect(await reason(Buffer.from('Shot list\n1. Wide shot of the valley\n'), 'mp4')).toBe('corrupt');
  });

  test('complete boxes without moov are corrupt', async () => {
    expect(await reason(cat(ftyp(), box('free', 10), box('mdat', 100)), 'mp4')).toBe('corrupt');
  });

  test('the walk is bounded: thousands of fragments are not all read', async () => {
    const frags = Array.from({ length: 2000 }, () => box('moof', 8));
    const src = counting(memory(cat(ftyp(), box('moov', 16), ...frags)));
    expect(await checkIntegrity(src, 'mp4')).toBeNull();
    expect(src.bytesRead).toBeLessThan(16 * 1024);
  });
});

describe('WAV chunks', () => {
  const pcm = chunk('data', 1600);

  test('fmt + data passes; odd final chunk without its pad byte passes', async () => {
    expect(await check(riff('WAVE', [fmtChunk(), pcm]), 'wav')).toBeNull();
    const odd = chunk('data', 1601).subarray(0, 8 + 1601);
    expect(await check(riff('WAVE', [fmtChunk(), odd]), 'wav')).toBeNull();
  });

  test('streaming writers\' unknown sizes (0xFFFFFFFF) are not a cut file', async () => {
    expect(await check(riff('WAVE', [fmtChunk(), chunk('data', 1600, 0xffffffff)], 0xffffffff), 'wav')).toBeNull();
  });

  test('RF64 and RIFX variants are left unchecked, not called corrupt', async () => {
    const rf64 = riff('WAVE', [fmtChunk(), pcm], 0xffffffff);
    rf64.write('RF64', 0, 'latin1');
    expect(await check(rf64, 'wav')).toBeNull();
  });

  test('a RIFF size too large with complete chunks is tolerated', async () => {
    expect(await check(riff('WAVE', [fmtChunk(), pcm], 99999), 'wav')).toBeNull();
  });

  test('a data chunk past the end is truncated; missing fmt or data is corrupt', async () => {
    expect(await reason(riff('WAVE', [fmtChunk(), chunk('data', 1600, 9000)]), 'wav')).toBe('truncated');
    expect(await reason(riff('WAVE', [fmtChunk(), chunk('LIST', 20, 4000), pcm]), 'wav')).toBe('truncated');
    expect(await reason(riff('WAVE', [pcm]), 'wav')).toBe('corrupt');
    expect(await reason(riff('WAVE', [fmtChunk()]), 'wav')).toBe('corrupt');
    expect(await reason(riff('AVI ', [fmtChunk(), pcm]), 'wav')).toBe('corrupt');
    expect(await reason(Buffer.from('RIFF\x10\x00'), 'wav')).toBe('truncated');
  });
});

describe('WebP', () => {
  const vp8 = chunk('VP8 ', 200);
  test('a sound file passes; a short or lying RIFF size is truncated', async () => {
    expect(await check(riff('WEBP', [vp8]), 'webp')).toBeNull();
    expect(await reason(riff('WEBP', [vp8], 4000), 'webp')).toBe('truncated');
    expect(await reason(riff('WEBP', [chunk('VP8 ', 200, 900)]), 'webp')).toBe('truncated');
  });
  test('a first chunk that is not VP8/VP8L/VP8X is corrupt', async () => {
    expect(await reason(riff('WEBP', [chunk('ICCP', 20)]), 'webp')).toBe('corrupt');
  });
});

describe('any format', () => {
  test('empty is empty, whatever the format', async () => {
    expect(await reason(new Uint8Array(0), 'mp4')).toBe('empty');
    expect(await reason(new Uint8Array(0), 'gif')).toBe('empty');
  });
  test('a source whose reads fail is unreadable, not corrupt', async () => {
    const r = await checkIntegrity(failing(5000), 'mp4');
    expect(r).toEqual({ reason: 'unreadable', detail: 'connection reset' });
  });
});

describe('reads', () => {
  test('a span of blocks is one source read', async () => {
    const src = counting(memory(cat(ftyp(), box('moov', 40_000), box('mdat', 100))));
    expect(await checkIntegrity(src, 'mp4')).toBeNull();
    expect(src.reads).toBeLessThanOrEqual(3);
  });

  test('a source that ends before its stated size is a cut file, not a crash', async () => {
    const bytes = cat(ftyp(), box('moov', 9000), box('mdat', 100));
    const short = { ...memory(bytes), size: async () => bytes.length + 5000 };
    expect((await checkIntegrity(short, 'mp4'))?.reason).toBe('truncated');
  });
});
