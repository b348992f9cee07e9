import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * Where a probe reads bytes from. Local files now; the remote issue adds an HTTP
 * implementation with range requests, so probes must only use this interface
 * (and `localPath` when a tool such as ffprobe needs a path).
 */
export interface ByteSource {
  /** The path or URL as given. */
  readonly id: string;
  /** The last path segment, for the extension check. */
  readonly name: string;
  /** Set when the bytes are a regular file on disk. */
  readonly localPath?: string;
  size(): Promise<number>;
  /** Up to `length` bytes from `offset`; shorter only at the end of the source. */
  read(offset: number, length: number): Promise<Uint8Array>;
  close?(): Promise<void>;
}

export function fileSource(path: string, id: string = path): ByteSource {
  let sizeP: Promise<number> | undefined;
  return {
    id,
    name: basename(path),
    localPath: path,
    size: () => (sizeP ??= stat(path).then((s) => s.size)),
    async read(offset, length) {
      const fh = await open(path, 'r');
      try {
        const buf = Buffer.alloc(length);
        const { bytesRead } = await fh.read(buf, 0, length, offset);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
  };
}
