import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
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

export interface FileSource extends ByteSource {
  readonly localPath: string;
  /** fstat of the open handle (opens it): the file the reads will see, not whatever the path names later. */
  stat(): Promise<Stats>;
  close(): Promise<void>;
}

/** The first bytes of a file, read once and shared by the sniff, the integrity check and the probe. */
export const HEAD_BYTES = 64 * 1024;

/**
 * A local file read through one handle, opened on first use (non-blocking, so a path swapped for a
 * FIFO never hangs) and kept until close(). Reads inside the first HEAD_BYTES come from one read.
 */
export function fileSource(path: string, id: string = path): FileSource {
  let fhP: Promise<FileHandle> | undefined;
  let statP: Promise<Stats> | undefined;
  let sizeP: Promise<number> | undefined;
  let headP: Promise<Uint8Array> | undefined;
  let closed = false;
  const handle = () => {
    if (closed) return Promise.reject(new Error(`${path}: read after close`));
    return (fhP ??= open(path, constants.O_RDONLY | constants.O_NONBLOCK));
  };
  const pread = async (offset: number, length: number) => {
    const fh = await handle();
    const buf = Buffer.allocUnsafe(length);
    let got = 0;
    // a regular file returns short reads only at its end; loop anyway so "shorter only at the end" holds
    while (got < length) {
      const { bytesRead } = await fh.read(buf, got, length - got, offset + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  };
  const src: FileSource = {
    id,
    name: basename(path),
    localPath: path,
    stat: () => (statP ??= handle().then((fh) => fh.stat())),
    // before the handle is open, a stat of the path (size() alone never opens a FIFO)
    size: () => (sizeP ??= fhP ? src.stat().then((s) => s.size) : stat(path).then((s) => s.size)),
    async read(offset, length) {
      if (length <= 0) return new Uint8Array(0);
      if (offset + length <= HEAD_BYTES) {
        const head = await (headP ??= pread(0, HEAD_BYTES));
        // a copy: callers may keep or change what they get
        return Uint8Array.prototype.slice.call(head, offset, offset + length);
      }
      return pread(offset, length);
    },
    async close() {
      closed = true;
      const p = fhP;
      fhP = undefined;
      if (p) await (await p.catch(() => null))?.close().catch(() => {});
    },
  };
  return src;
}
