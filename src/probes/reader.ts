import type { ByteSource } from './source.js';

/**
 * Reads a ByteSource through one read-ahead window, so parsers that ask for a few bytes at a
 * time (frame headers, tokens) cost one source read per window, not one per call. The window
 * starts small and doubles on each refill up to `windowBytes`: a parser that stops after the
 * headers reads a few KiB, one that walks the whole file still gets large reads.
 */
export class WindowReader {
  private start = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private next: number;

  constructor(
    readonly src: ByteSource,
    readonly size: number,
    private readonly windowBytes = 256 * 1024,
    firstWindow = 4 * 1024,
  ) {
    this.next = Math.min(firstWindow, windowBytes);
  }

  /** Up to `length` bytes at `offset`; shorter only at the end. The result may share memory with the window. */
  async read(offset: number, length: number): Promise<Uint8Array> {
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
}
