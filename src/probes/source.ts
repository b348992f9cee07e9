import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { HEAD_BYTES, type ByteSource } from './bytes.js';

export { HEAD_BYTES, type ByteSource } from './bytes.js';

export interface FileSource extends ByteSource {
  readonly localPath: string;
  /** fstat of the open handle (opens it): the file the reads will see, not whatever the path names later. */
  stat(): Promise<Stats>;
  close(): Promise<void>;
}

/**
 * What the first read of the head takes: the headers of a JPEG, an MP3 or an MP4 with its moov at
 * the end fit; a reader that needs more grows the head (to what it asked, rounded up to 8 KiB).
 */
export const HEAD_FIRST = 8 * 1024;

/** The end of a file past the head, read once for every reader that looks there. */
export const TAIL_BYTES = 16 * 1024;

/**
 * A local file read through one descriptor, opened on first use (non-blocking, so a path swapped for
 * a FIFO never hangs) and kept until close(). Reads inside the first HEAD_BYTES come from the head:
 * HEAD_FIRST bytes at first, extended in place when a read goes further (earlier views stay valid).
 * The calls are synchronous: on a local disk a read of a cached page costs microseconds, a trip
 * through libuv's thread pool several times that, for each of the ~8 calls a file needs. Returned
 * bytes may be views of a shared buffer, valid until close(): callers read them, never write or keep them.
 */
/** Head and tail buffers of closed sources, reused: a lint allocates two per file otherwise (GC time). */
const spareHeads: Buffer[] = [];
const spareTails: Buffer[] = [];

export function fileSource(path: string, id: string = path): FileSource {
  let fd: number | undefined;
  let headBuf: Buffer | undefined;
  let st: Stats | undefined;
  let pathSize: number | undefined;
  let headLen = 0;
  let headEnds = false;
  let tail: Uint8Array | undefined;
  let tailBuf: Buffer | undefined;
  let closed = false;
  const handle = (): number => {
    if (closed) throw new Error(`${path}: read after close`);
    return (fd ??= openSync(path, constants.O_RDONLY | constants.O_NONBLOCK));
  };
  const pread = (offset: number, length: number, into?: Buffer): Uint8Array => {
    const f = handle();
    const buf = into ?? Buffer.allocUnsafe(length);
    let got = 0;
    // a regular file returns short reads only at its end; loop anyway so "shorter only at the end" holds
    while (got < length) {
      const n = readSync(f, buf, got, length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    // a plain Uint8Array view: Buffer's subarray goes through its species constructor, several
    // times slower, and readers slice these views thousands of times per run
    return new Uint8Array(buf.buffer, buf.byteOffset, got);
  };
  return {
    id,
    name: basename(path),
    localPath: path,
    fd: handle,
    stat: async () => (st ??= fstatSync(handle())),
    // before the descriptor is open, a stat of the path (size() alone never opens a FIFO)
    size: async () => (fd !== undefined ? (st ??= fstatSync(fd)).size : (pathSize ??= statSync(path).size)),
    async read(offset, length) {
      if (length <= 0) return new Uint8Array(0);
      const end = offset + length;
      if (end <= HEAD_BYTES) {
        headBuf ??= spareHeads.pop() ?? Buffer.allocUnsafe(HEAD_BYTES);
        if (end > headLen && !headEnds) {
          // only the bytes past what is held are read, into the same buffer
          const want = Math.min(HEAD_BYTES, Math.max(HEAD_FIRST, Math.ceil(end / HEAD_FIRST) * HEAD_FIRST));
          const got = pread(headLen, want - headLen, headBuf.subarray(headLen, want)).length;
          headEnds = got < want - headLen; // the file ends inside the head
          headLen += got;
        }
        return new Uint8Array(headBuf.buffer, headBuf.byteOffset + offset, Math.max(0, Math.min(end, headLen) - offset));
      }
      // The readers each look at the end (a moov, an end marker, ID3v1/APE tags, the last frames):
      // one read of the last TAIL_BYTES serves them all.
      const size = (st ??= fstatSync(handle())).size;
      if (offset >= size - TAIL_BYTES && offset >= HEAD_BYTES) {
        const from = Math.max(HEAD_BYTES, size - TAIL_BYTES);
        // `from` is fixed once the size is known (the fstat is kept), so the tail is read once;
        // size - from is at most TAIL_BYTES, and the buffer is held until close(), as the head's
        tail ??= pread(from, size - from, (tailBuf ??= spareTails.pop() ?? Buffer.allocUnsafe(TAIL_BYTES)).subarray(0, size - from));
        const a = offset - from;
        return tail.subarray(Math.min(a, tail.length), Math.min(a + length, tail.length));
      }
      return pread(offset, length);
    },
    async close() {
      closed = true;
      // the probe is over (close waits for it): no view of the head is read after this
      if (headBuf && spareHeads.length < 16) spareHeads.push(headBuf);
      if (tailBuf && spareTails.length < 16) spareTails.push(tailBuf);
      headBuf = undefined;
      tailBuf = undefined;
      headLen = 0;
      headEnds = false;
      tail = undefined;
      if (fd !== undefined) {
        const f = fd;
        fd = undefined;
        try {
          closeSync(f);
        } catch {
          // already gone
        }
      }
    },
  };
}
