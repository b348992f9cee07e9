import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { ffmpegPath } from '../../src/lib/binaries.js';
import type { ByteSource } from '../../src/probes/source.js';

const run = promisify(execFile);

/** Real media made by ffmpeg for one test file. */
export async function ffmpeg(args: string[]): Promise<void> {
  await run(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args], { maxBuffer: 16 << 20 });
}

export async function tempDir(): Promise<{ dir: string; path(name: string): string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'probes-test-'));
  return { dir, path: (name) => join(dir, name), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A ByteSource over bytes in memory with no localPath (as a remote source is), counting what is read. */
export async function memorySource(path: string, name = basename(path)) {
  const bytes = new Uint8Array(await readFile(path));
  const stats = { reads: 0, bytesRead: 0, maxEnd: 0 };
  const src: ByteSource & { stats: typeof stats } = {
    id: `mem:${name}`,
    name,
    stats,
    size: async () => bytes.length,
    async read(offset, length) {
      const out = bytes.slice(offset, Math.min(offset + length, bytes.length));
      stats.reads++;
      stats.bytesRead += out.length;
      stats.maxEnd = Math.max(stats.maxEnd, offset + out.length);
      return out;
    },
  };
  return src;
}

/**
 * A sound 640x480 JPEG, and the same with half its scan data and then an end marker: the structure
 * checks see a complete file; only a decode (--deep) finds the scan cut.
 */
export async function jpegAndCutScan(): Promise<{ jpeg: Buffer; cut: Buffer }> {
  const px = Buffer.alloc(640 * 480 * 3);
  for (let i = 0; i < px.length; i++) px[i] = (i * 31 + (i >> 7)) & 255;
  const jpeg = await sharp(px, { raw: { width: 640, height: 480, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
  const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
  const cut = Buffer.concat([jpeg.subarray(0, sos + Math.floor((jpeg.length - sos) / 2)), Buffer.from([0xff, 0xd9])]);
  return { jpeg, cut };
}
