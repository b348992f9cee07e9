import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import { fileSource } from '../../src/probes/source.js';
import { ffmpegPath } from '../../src/lib/binaries.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-race-'));
});

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
};

/** A complete black 1-bit greyscale PNG: every row a filter byte and zeros, deflated. */
function bitPng(w: number, h: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 1; // bit depth; colour type 0 (grey), deflate, no filter, no interlace
  const raw = Buffer.alloc((1 + Math.ceil(w / 8)) * h);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: '#369' } }).png().toBuffer();

/** A Matroska clip (ffprobe reads it; the in-process reader does not) of the given size. */
function mkv(file: string, w: number, h: number): void {
  execFileSync(ffmpegPath(), ['-v', 'error', '-f', 'lavfi', '-i', `color=c=blue:s=${w}x${h}:d=0.2`, '-c:v', 'mpeg4', '-y', file]);
}

describe('sharp and ffprobe read the file the probe opened, never the path again', () => {
  it('an image swapped for another after the open: the facts are the opened file\'s', async () => {
    const path = join(dir, 'pic.png');
    writeFileSync(path, await png(64, 48));
    writeFileSync(join(dir, 'other.png'), await png(300, 200));
    const src = fileSource(path);
    await src.read(0, 8); // the descriptor is open: this is the file being checked
    renameSync(join(dir, 'other.png'), path);
    const f = await probe(src, { timeoutMs: 10_000 });
    await src.close();
    expect([f.format, f.width, f.height, f.failure]).toEqual(['png', 64, 48, null]);
  });

  it('a video swapped for another after the open: ffprobe reads the opened file', async () => {
    const path = join(dir, 'clip.mkv');
    mkv(path, 160, 96);
    mkv(join(dir, 'other.mkv'), 320, 240);
    const src = fileSource(path);
    await src.read(0, 8);
    renameSync(join(dir, 'other.mkv'), path);
    const f = await probe(src, { timeoutMs: 10_000 });
    await src.close();
    expect([f.kind, f.width, f.height, f.failure, f.probedBy]).toEqual(['video', 160, 96, null, 'ffprobe']);
  });

  it('a path swapped for a symlink to a FIFO after the open: an answer within seconds, no hang', async () => {
    const path = join(dir, 'swap.png');
    writeFileSync(path, await png(40, 30));
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const src = fileSource(path);
    await src.read(0, 8);
    unlinkSync(path);
    symlinkSync(fifo, path);
    const f = await probe(src, { timeoutMs: 10_000 });
    await src.close();
    // the path check may see the FIFO (not_a_file) or the reads the opened file: never a timeout
    expect(f.failure?.reason ?? 'read').not.toBe('timeout');
  });
});

describe('--deep keeps sharp\'s pixel limit', () => {
  it('a small PNG claiming a canvas over the limit: reported as not decoded, not decoded', async () => {
    const path = join(dir, 'canvas.png');
    // 17000 x 17000 = 289 M pixels, over sharp's default limit of 268 M, in a valid 1-bit PNG of ~50 kB
    writeFileSync(path, bitPng(17000, 17000));
    const rssBefore = process.memoryUsage().rss;
    const f = await probe(path, { deep: true, timeoutMs: 30_000 });
    expect([f.width, f.height]).toEqual([17000, 17000]);
    expect(f.failure?.reason).toBe('probe_failed');
    expect(f.failure?.detail).toMatch(/--deep did not decode it/);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(500 * 1024 * 1024);
  }, 60_000);
});
