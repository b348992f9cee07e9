import type { ReadFailure } from '../../types.js';
import { ascii, type Blocks, failure, le32, plural } from './blocks.js';
import { parseFrameHeader } from '../mp3.js';

const HEAD = 16 * 1024;
const TAIL = 8 * 1024;
/** Consecutive frames that must chain at the start before we call it MPEG audio. */
export const CHAIN = 3;

export interface Frame {
  /** version, layer and sample-rate bits: equal in every frame of one stream. */
  key: number;
  length: number;
}

/** An MPEG audio frame header at `p`, or null (free-format frames and reserved emphasis count as unknown: null). */
export function frameAt(buf: Uint8Array, p: number): Frame | null {
  if (p + 4 > buf.length || (buf[p + 3] & 3) === 2) return null;
  const h = parseFrameHeader(buf.subarray(p, p + 4));
  if (!h) return null;
  const rateIdx = (buf[p + 2] >> 2) & 3;
  return { key: (buf[p + 1] & 0x1e) | (rateIdx << 8), length: h.length };
}

interface Chain {
  frames: number;
  /** The chain ends exactly at the end of the audio. */
  exact: boolean;
  /** The last frame (or its header) runs past the end of the audio: bytes missing. */
  missing: number;
}

/** Follow frames from `p` in `buf` (whose end is the end of the audio when `atEnd`). */
export function follow(buf: Uint8Array, p: number, atEnd: boolean, limit = Infinity): Chain {
  const first = frameAt(buf, p);
  let frames = 0;
  while (frames < limit) {
    if (atEnd && p === buf.length) return { frames, exact: true, missing: 0 };
    const f = frameAt(buf, p);
    if (!f || !first || f.key !== first.key) {
      // a header cut after its sync byte
      const cutHeader = atEnd && frames > 0 && p < buf.length && p + 4 > buf.length && buf[p] === 0xff;
      return { frames, exact: false, missing: cutHeader ? p + 4 - buf.length : 0 };
    }
    if (p + f.length > buf.length) return { frames, exact: false, missing: atEnd ? p + f.length - buf.length : 0 };
    frames++;
    p += f.length;
  }
  return { frames, exact: false, missing: 0 };
}

export async function skipId3v2(b: Blocks): Promise<number | ReadFailure> {
  let off = 0;
  for (let i = 0; i < 4; i++) {
    const h = await b.bytes(off, 10);
    if (h.length < 3 || ascii(h, 0, 3) !== 'ID3') return off;
    if (h.length < 10) return failure('truncated', 'the file ends inside the ID3 tag header');
    const size = ((h[6] & 0x7f) << 21) | ((h[7] & 0x7f) << 14) | ((h[8] & 0x7f) << 7) | (h[9] & 0x7f);
    const end = off + 10 + size + (h[5] & 0x10 ? 10 : 0);
    if (end > b.size) return failure('truncated', `the ID3 tag says ${plural(size, 'byte')}; the file ends first`);
    off = end;
  }
  return off;
}

/** Where the audio ends: before an ID3v1 tag and an APEv2 tag, if present. */
export async function audioEnd(b: Blocks, start: number): Promise<number> {
  let end = b.size;
  if (end - start >= 128 && ascii(await b.bytes(end - 128, 3), 0, 3) === 'TAG') end -= 128;
  if (end - start >= 32) {
    const footer = await b.bytes(end - 32, 32);
    if (ascii(footer, 0, 8) === 'APETAGEX') {
      const tagSize = le32(footer, 12) + (footer[23] & 0x80 ? 32 : 0);
      if (tagSize <= end - start) end -= tagSize;
    }
  }
  return end;
}

/**
 * MP3: after any ID3v2 tag, a chain of frame headers must start within the first bytes; at the
 * end, a chain of frames must not run past the end of the file. Unknown trailing bytes are let be.
 */
export async function checkMp3(b: Blocks): Promise<ReadFailure | null> {
  const start = await skipId3v2(b);
  if (typeof start !== 'number') return start;
  const end = await audioEnd(b, start);
  if (start >= end) return failure('corrupt', 'no audio after the ID3 tag');

  const head = await b.bytes(start, Math.min(HEAD, end - start));
  const headAtEnd = start + head.length === end;
  let first = -1;
  for (let p = 0; p + 4 <= head.length && p < HEAD / 2; p++) {
    if (head[p] !== 0xff) continue;
    const c = follow(head, p, headAtEnd, CHAIN);
    if (c.frames >= CHAIN || (c.exact && c.frames > 0)) {
      first = start + p;
      break;
    }
    if (c.missing > 0 && c.frames > 0) return failure('truncated', `the last MPEG audio frame is cut: ${plural(c.missing, 'byte')} missing`);
  }
  if (first < 0) return failure('corrupt', 'no run of valid MPEG audio frames at the start of the audio');

  const tailStart = Math.max(first, end - TAIL);
  const tail = await b.bytes(tailStart, end - tailStart);
  let cut = 0;
  for (let p = 0; p + 4 <= tail.length; p++) {
    if (tail[p] !== 0xff) continue;
    const c = follow(tail, p, true);
    if (c.exact && c.frames > 0) return null;
    if (c.missing > 0 && c.frames > 0) cut = c.missing;
  }
  return cut > 0 ? failure('truncated', `the last MPEG audio frame is cut: ${plural(cut, 'byte')} missing`) : null;
}
