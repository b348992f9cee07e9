import type { ByteSource } from '../source.js';
import { boxAt, fourcc } from './boxes.js';

/** First read: the ftyp and the next box headers; a box past the window is read at its own size. */
export const FIRST_READ = 8 * 1024;
/** What is left of a file after a jump, read whole when at most this (a moov at the end, usually). */
const TAIL_READ = 64 * 1024;
/** A moov larger than this (hours of tiny samples) is left to ffprobe. */
export const MAX_MOOV = 32 * 1024 * 1024;
const MAX_TOP_BOXES = 64;
const MAX_READS = 12;

/** Top-level boxes of a fragmented or segmented file: the moov alone does not describe it. */
const FRAGMENTED = new Set(['moof', 'mfra', 'sidx', 'styp', 'ssix', 'emsg', 'prft']);

export type Located =
  | {
      ok: true;
      moov: Uint8Array;
      reads: number;
      /** The payloads [start, end) of the top-level mdat boxes, in file order. */
      mdats: { start: number; end: number }[];
    }
  | { ok: false; reason: string };

/**
 * Walks the top-level boxes with as few reads as it can: one window at the start, then one
 * read per jump past a large box (usually mdat), and the moov in the window or one more read.
 * Every top-level box must lie inside the file; exactly one moov; no fragments.
 */
export async function locateMoov(src: ByteSource, size: number): Promise<Located> {
  let reads = 0;
  let winStart = 0;
  let win: Uint8Array = new Uint8Array(0);
  const read = async (offset: number, length: number): Promise<Uint8Array> => {
    reads++;
    return src.read(offset, length);
  };
  /** Makes [offset, offset+length) part of the window; a reason when it cannot. */
  const ensure = async (offset: number, length: number): Promise<string | null> => {
    if (offset >= winStart && offset + length <= winStart + win.length) return null;
    if (reads >= MAX_READS) return 'too many reads to find the moov';
    winStart = offset;
    // near the end (a moov after the mdat), the rest of the file in one read: every box there is walked
    const rest = size - offset;
    win = await read(offset, rest <= TAIL_READ ? rest : FIRST_READ);
    return offset + length <= winStart + win.length ? null : `the source returned fewer bytes than its size at ${offset}`;
  };

  let moov: Uint8Array | null = null;
  const mdats: { start: number; end: number }[] = [];
  let off = 0;
  for (let n = 0; off < size; n++) {
    if (n >= MAX_TOP_BOXES) return { ok: false, reason: `more than ${MAX_TOP_BOXES} top-level boxes` };
    const headerLen = Math.min(16, size - off);
    if (headerLen < 8) return { ok: false, reason: `${size - off} stray bytes at the end of the file` };
    const short = await ensure(off, headerLen);
    if (short) return { ok: false, reason: short };
    const rel = off - winStart;
    const type = fourcc(win, rel + 4);
    if (!/^[\x20-\x7e]{4}$/.test(type)) return { ok: false, reason: `no valid box at offset ${off}` };
    // the limit is the end of the file, not of the window: size 0 means "to the end of the file"
    const box = boxAt(win, rel, rel + (size - off));
    if (!box) return { ok: false, reason: `the ${type} box at offset ${off} has an impossible size or runs past the end` };
    const end = off + (box.end - rel);
    if (FRAGMENTED.has(type)) return { ok: false, reason: `fragmented file (${type} box)` };
    if (type === 'mdat') mdats.push({ start: off + (box.body - rel), end });
    if (type === 'moov') {
      if (moov) return { ok: false, reason: 'more than one moov box' };
      const len = end - off;
      if (len > MAX_MOOV) return { ok: false, reason: `moov of ${len} bytes` };
      if (off >= winStart && end <= winStart + win.length) {
        moov = win.subarray(off - winStart, end - winStart);
      } else {
        if (reads >= MAX_READS) return { ok: false, reason: 'too many reads to find the moov' };
        moov = await read(off, len);
        if (moov.length !== len) return { ok: false, reason: 'the moov box is cut short' };
        // the moov read becomes the window: the next header is often right after it
        win = moov;
        winStart = off;
      }
    }
    off = end;
  }
  if (!moov) return { ok: false, reason: 'no moov box' };
  return { ok: true, moov, reads, mdats };
}
