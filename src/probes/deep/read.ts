import type { ByteSource } from '../source.js';

/** Bytes asked of the source per read: memory stays bounded whatever the file's size. */
export const PIECE = 1024 * 1024;

/**
 * Reads every byte of [from, to) in pieces of at most PIECE bytes, as a demuxer would read them.
 * Returns the offset where the source ended early, or null when every byte came. Source errors propagate.
 */
export async function readThrough(src: ByteSource, from: number, to: number): Promise<number | null> {
  for (let at = from; at < to; ) {
    const want = Math.min(PIECE, to - at);
    const got = (await src.read(at, want)).length;
    if (got < want) return at + got;
    at += got;
  }
  return null;
}
