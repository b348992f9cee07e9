import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Manifests, reports, configs and journals come from folders someone else controls. A FIFO named
 * request.json blocks a plain open() forever, /dev/zero never ends, a 250 MB body costs 1 GB to
 * parse. These are opened as media already is: non-blocking, regular files only, size checked first.
 */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor(readonly path: string, readonly kind: string) {
    super(`${path} is a ${kind}, not a regular file`);
  }
}

export class FileTooLargeError extends Error {
  readonly code = 'EFILETOOLARGE';
  constructor(readonly path: string, readonly size: number, readonly limit: number) {
    super(`${path} is ${size} bytes, more than the ${limit} read`);
  }
}

export function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'special file';
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function check(path: string, st: Stats, maxBytes: number): void {
  if (!st.isFile()) throw new NotRegularFileError(path, kindOf(st));
  if (st.size > maxBytes) throw new FileTooLargeError(path, st.size, maxBytes);
}

/** The bytes of a regular file of at most maxBytes (a file growing meanwhile is cut there). */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const fh = await open(path, FLAGS);
  try {
    const st = await fh.stat();
    check(path, st, maxBytes);
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const { bytesRead } = await fh.read(buf, got, st.size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } finally {
    await fh.close();
  }
}

/** As readRegularFile, synchronously (start-up reads: configs, reports to merge). */
export function readRegularFileSync(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, FLAGS);
  try {
    const st = fstatSync(fd);
    check(path, st, maxBytes);
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** The first bytes of a regular file, or null when it is anything else or cannot be opened. */
export async function readRegularHead(path: string, bytes: number): Promise<Buffer | null> {
  const fh = await open(path, FLAGS).catch(() => null);
  if (!fh) return null;
  try {
    if (!(await fh.stat()).isFile()) return null;
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
