// src/probes/reader.ts
var WindowReader = class {
  constructor(src, size, windowBytes = 256 * 1024, firstWindow = 4 * 1024) {
    this.src = src;
    this.size = size;
    this.windowBytes = windowBytes;
    this.next = Math.min(firstWindow, windowBytes);
  }
  src;
  size;
  windowBytes;
  start = 0;
  buf = new Uint8Array(0);
  next;
  /** Up to `length` bytes at `offset`; shorter only at the end. The result may share memory with the window. */
  async read(offset, length) {
    const end = Math.min(offset + length, this.size);
    if (offset >= end) return new Uint8Array(0);
    if (offset < this.start || end > this.start + this.buf.length) {
      if (end - offset > this.windowBytes) return this.src.read(offset, end - offset);
      const want = Math.max(end - offset, this.next);
      this.next = Math.min(this.windowBytes, this.next * 2);
      this.buf = await this.src.read(offset, Math.min(want, this.size - offset));
      this.start = offset;
    }
    return this.buf.subarray(offset - this.start, end - this.start);
  }
};

export {
  WindowReader
};
