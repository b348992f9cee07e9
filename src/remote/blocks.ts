/**
 * Aligned fixed-size blocks of a remote object. Reads are rounded out to whole blocks, so the
 * header reads and tail reads of probes hit the cache instead of the network.
 */
export class BlockCache {
  private readonly blocks = new Map<number, Uint8Array>();

  constructor(readonly blockSize: number) {}

  get cachedBytes(): number {
    let n = 0;
    for (const b of this.blocks.values()) n += b.length;
    return n;
  }

  /** Indices of the blocks covering [start, end) that are not cached. */
  missing(start: number, end: number): number[] {
    const out: number[] = [];
    for (let i = Math.floor(start / this.blockSize); i * this.blockSize < end; i++) if (!this.blocks.has(i)) out.push(i);
    return out;
  }

  /** Bytes cached contiguously from offset 0. */
  prefix(): number {
    let i = 0;
    while (this.blocks.has(i)) i++;
    return i === 0 ? 0 : (i - 1) * this.blockSize + this.blocks.get(i - 1)!.length;
  }

  /** [start, end) from cached blocks; the caller made sure they are all there. */
  copy(start: number, end: number): Uint8Array {
    const out = new Uint8Array(end - start);
    const B = this.blockSize;
    for (let pos = start; pos < end; ) {
      const i = Math.floor(pos / B);
      const block = this.blocks.get(i)!;
      const from = pos - i * B;
      const n = Math.min(block.length - from, end - pos);
      out.set(block.subarray(from, from + n), pos - start);
      pos += n;
    }
    return out;
  }

  /**
   * Fills blocks from a body that starts at `start` (bytes before the first block boundary are
   * dropped). `push` returns true once `stopAt` is reached so the rest of the body is never
   * downloaded. A short last block is kept only when the body ended there and that is the end of
   * the object (`total()`).
   */
  writer(start: number, stopAt: number, total: () => number | null): { push(chunk: Uint8Array): boolean; end(complete: boolean): number } {
    const B = this.blockSize;
    // a body that starts inside a block (a suffix range) is kept from the next block boundary on
    let skip = (B - (start % B)) % B;
    let index = Math.ceil(start / B);
    let cur = new Uint8Array(B);
    let fill = 0;
    return {
      push: (chunk) => {
        if (skip > 0) {
          const n = Math.min(skip, chunk.length);
          skip -= n;
          chunk = chunk.subarray(n);
        }
        for (let off = 0; off < chunk.length; ) {
          const n = Math.min(B - fill, chunk.length - off);
          cur.set(chunk.subarray(off, off + n), fill);
          fill += n;
          off += n;
          if (fill === B) {
            if (!this.blocks.has(index)) this.blocks.set(index, cur);
            index++;
            cur = new Uint8Array(B);
            fill = 0;
          }
        }
        return index * B >= stopAt;
      },
      end: (complete) => {
        const reached = index * B + fill;
        const t = total();
        if (complete && fill > 0 && (t === null || t === reached)) this.blocks.set(index, cur.slice(0, fill));
        return reached;
      },
    };
  }
}
