// src/lib/read-regular.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
var NotRegularFileError = class extends Error {
  constructor(path, kind) {
    super(`${path} is a ${kind}, not a regular file`);
    this.path = path;
    this.kind = kind;
  }
  path;
  kind;
  code = "ENOTREGULAR";
};
var FileTooLargeError = class extends Error {
  constructor(path, size, limit) {
    super(`${path} is ${size} bytes, more than the ${limit} read`);
    this.path = path;
    this.size = size;
    this.limit = limit;
  }
  path;
  size;
  limit;
  code = "EFILETOOLARGE";
};
function kindOf(st) {
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "FIFO (named pipe)";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  return "special file";
}
var FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
function check(path, st, maxBytes) {
  if (!st.isFile()) throw new NotRegularFileError(path, kindOf(st));
  if (st.size > maxBytes) throw new FileTooLargeError(path, st.size, maxBytes);
}
async function readRegularFile(path, maxBytes) {
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
function readRegularFileSync(path, maxBytes) {
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
async function readRegularHead(path, bytes) {
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

export {
  NotRegularFileError,
  FileTooLargeError,
  kindOf,
  readRegularFile,
  readRegularFileSync,
  readRegularHead
};
