import type { ByteSource } from '../source.js';
import type { ReadFailure } from '../../types.js';

/** A read through ByteSource failed (I/O, network): reported as 'unreadable', not as bad content. */
export class SourceReadError extends Error {}

export function failure(reason: 'truncated' | 'corrupt' | 'empty' | 'unreadable', detail: string): ReadFailure {
  return { reason, detail };
}

const BLOCK = 4096;

/**
 * Small aligned blocks read on demand and kept, so walking headers (box, chunk, segment,
 * frame) costs one small read per region touched, never a read of the whole file.
 */
export class Blocks {
  private readonly cache = new Map<number, Uint8Array>();

  constructor(
    readonly src: ByteSource,
    readonly size: number,
  ) {}

  /** Up to `length` bytes at `offset`; shorter only at the end of the file. */
  async bytes(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(offset + length, this.size);
    if (offset < 0 || offset >= end) return new Uint8Array(0);
    const first = Math.floor(offset / BLOCK);
    const last = Math.floor((end - 1) / BLOCK);
    if (first === last) {
      const b = await this.block(first);
      return b.subarray(offset - first * BLOCK, end - first * BLOCK);
    }
    // one source read for the missing run (a remote source pays per request)
    let lo = first;
    while (lo <= last && this.cache.has(lo)) lo++;
    let hi = last;
    while (hi >= lo && this.cache.has(hi)) hi--;
    if (lo <= hi) {
      const run = await this.fetch(lo * BLOCK, Math.min((hi + 1) * BLOCK, this.size) - lo * BLOCK);
      for (let i = lo; i <= hi; i++) {
        if (!this.cache.has(i)) this.cache.set(i, run.subarray((i - lo) * BLOCK, (i - lo + 1) * BLOCK));
      }
      // the whole range came in this one read: hand out a view of it, no copy
      if (lo === first && hi === last) return run.subarray(offset - lo * BLOCK, end - lo * BLOCK);
    }
    const out = new Uint8Array(end - offset);
    let filled = 0;
    for (let i = first; i <= last; i++) {
      const b = await this.block(i);
      const from = Math.max(offset, i * BLOCK);
      const to = Math.min(end, i * BLOCK + b.length);
      if (to <= from) break;
      out.set(b.subarray(from - i * BLOCK, to - i * BLOCK), from - offset);
      filled = to - offset;
      if (to < Math.min(end, (i + 1) * BLOCK)) break; // the source ended early
    }
    return out.subarray(0, filled);
  }

  private async block(i: number): Promise<Uint8Array> {
    let b = this.cache.get(i);
    if (!b) {
      // a source that returns less than its size promised ends early: treat as the file's end
      b = await this.fetch(i * BLOCK, Math.min(BLOCK, this.size - i * BLOCK));
      this.cache.set(i, b);
    }
    return b;
  }

  private async fetch(offset: number, length: number): Promise<Uint8Array> {
    try {
      return await this.src.read(offset, length);
    } catch (err) {
      throw new SourceReadError(err instanceof Error ? err.message : String(err));
    }
  }
}

export const be16 = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
export const be32 = (b: Uint8Array, o: number) => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
export const le32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
export const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));

/** A four-character code of printable ASCII (box types, RIFF chunk ids). */
export function isFourCC(b: Uint8Array, o: number): boolean {
  if (b.length < o + 4) return false;
  for (let i = o; i < o + 4; i++) if (b[i] < 0x20 || b[i] > 0x7e) return false;
  return true;
}

/**
 * Index of `needle` in `hay` at or after `from`, or -1. Tails are scanned on every file, so the first
 * byte is found by the typed array's native search; no Buffer, so it runs in browsers as well.
 */
export function indexOf(hay: Uint8Array, needle: readonly number[], from = 0): number {
  if (needle.length === 0) return Math.min(Math.max(0, from), hay.length);
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(needle[0], Math.max(0, from)); i !== -1 && i <= last; i = hay.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

export const plural = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
