import { type ByteSource, fileSource } from '../../src/probes/source.js';

/** A ByteSource that counts what was read through it. */
export function counting(inner: ByteSource): ByteSource & { bytesRead: number; reads: number } {
  const s = {
    id: inner.id,
    name: inner.name,
    localPath: inner.localPath,
    bytesRead: 0,
    reads: 0,
    size: () => inner.size(),
    async read(offset: number, length: number) {
      const b = await inner.read(offset, length);
      s.bytesRead += b.length;
      s.reads += 1;
      return b;
    },
  };
  return s;
}

export const countingFile = (path: string) => counting(fileSource(path));

/** Bytes in memory, for hand-made structures. */
export function memory(bytes: Uint8Array, name = 'mem.bin'): ByteSource {
  return {
    id: name,
    name,
    size: async () => bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
  };
}

/** A source whose reads fail, like a dropped connection. */
export function failing(size: number): ByteSource {
  return {
    id: 'failing',
    name: 'failing.mp4',
    size: async () => size,
    read: async () => {
      throw new Error('connection reset');
    },
  };
}
