import { execFileSync } from 'node:child_process';
import { constants, openSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import type { ByteSource } from '../../src/probes/source.js';
import { tempDir } from './media.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let server: Server | undefined;

beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await tmp.cleanup();
});

/** Nothing has the FIFO open for reading: a non-blocking open for writing fails with ENXIO. */
function fifoHasNoReader(path: string): boolean {
  try {
    openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENXIO';
  }
}

describe('probe() on paths that are not regular files', () => {
  it('never opens a FIFO (opening one for reading would block until a writer comes)', async () => {
    const fifo = tmp.path('pipe.mp4');
    execFileSync('mkfifo', [fifo]);
    const f = await probe(fifo);
    expect(f.failure?.reason).toBe('not_a_file');
    expect(f.failure?.detail).toMatch(/FIFO/);
    expect([f.kind, f.bytes, f.extension]).toEqual([null, null, 'mp4']);
    expect(fifoHasNoReader(fifo)).toBe(true);
  });

  it('a directory named x.mp4 is not_a_file', async () => {
    const dir = tmp.path('x.mp4');
    await mkdir(dir);
    const f = await probe(dir);
    expect(f.failure).toEqual({ reason: 'not_a_file', detail: `${dir} is a directory, not a regular file` });
  });

  it('a unix socket and a character device are not_a_file', async () => {
    const sock = tmp.path('s.wav');
    server = createServer();
    await new Promise<void>((r) => server!.listen(sock, () => r()));
    expect((await probe(sock)).failure?.reason).toBe('not_a_file');
    expect((await probe('/dev/zero')).failure?.reason).toBe('not_a_file');
  });

  it('a missing path is not_found, an empty file is empty', async () => {
    expect((await probe(tmp.path('nope.png'))).failure?.reason).toBe('not_found');
    expect((await probe(tmp.path('nope/inside.png'))).failure?.reason).toBe('not_found');
    await writeFile(tmp.path('empty.wav'), '');
    const f = await probe(tmp.path('empty.wav'));
    expect([f.failure?.reason, f.bytes, f.kind]).toEqual(['empty', 0, null]);
  });

  it('a source whose reads fail is unreadable, not corrupt', async () => {
    const eio = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    const src: ByteSource = {
      id: 'broken-disk.jpg',
      name: 'broken-disk.jpg',
      size: async () => 1000,
      read: async () => Promise.reject(eio),
    };
    const f = await probe(src);
    expect(f.failure).toEqual({ reason: 'unreadable', detail: 'EIO: i/o error, read' });
    expect(f.bytes).toBe(1000);
  });

  it('a source that fails only after the first bytes is unreadable too', async () => {
    // a PNG signature, then the disk (or network) goes away
    const head = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const src: ByteSource = {
      id: 'flaky.png',
      name: 'flaky.png',
      size: async () => 100_000,
      read: async (offset, length) => {
        if (offset === 0 && length <= 8) return head.subarray(0, length);
        throw new Error('connection reset');
      },
    };
    const f = await probe(src);
    expect(f.failure).toEqual({ reason: 'unreadable', detail: 'connection reset' });
  });

  // root reads anything, so this only means something for other users
  it.skipIf(process.getuid?.() === 0)('a file it may not read is unreadable', async () => {
    const p = tmp.path('secret.png');
    await writeFile(p, 'x', { mode: 0o000 });
    expect((await probe(p)).failure?.reason).toBe('unreadable');
  });
});
