import { HEAD_BYTES, type ByteSource } from '../bytes.js';

/** Bytes asked of the source per read: memory stays bounded whatever the file's size. */
export const PIECE = 1024 * 1024;

/**
 * The end a source keeps apart (local files and URLs read the last 16 KiB once for every reader
 * that looks there), like the head: pieces that do not straddle either are served from them.
 */
const TAIL = 16 * 1024;

/** Where the piece that starts at `from` ends: at most PIECE bytes, never across the head's or the tail's edge. */
export function pieceEnd(from: number, end: number, size: number): number {
  let to = Math.min(end, from + PIECE);
  for (const edge of [HEAD_BYTES, size - TAIL]) if (edge > from && edge < to) to = edge;
  return to;
}

/**
 * Reads every byte of [from, to) in pieces, as a demuxer would read them. Returns the offset where
 * the source ended early, or null when every byte came. Source errors propagate.
 */
export async function readThrough(src: ByteSource, from: number, to: number, size: number): Promise<number | null> {
  for (let at = from; at < to; ) {
    const want = pieceEnd(at, to, size) - at;
    const got = (await src.read(at, want)).length;
    if (got < want) return at + got;
    at += got;
  }
  return null;
}
