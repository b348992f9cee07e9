import { ascii, Blocks } from '../integrity/blocks.js';
import { audioEnd, CHAIN, follow, frameAt, skipId3v2 } from '../integrity/mp3.js';
import type { ByteSource } from '../source.js';
import { type DeepAnswer, verdict } from './answer.js';
import { PIECE, pieceEnd } from './read.js';

/** Where the first frame may start after the ID3v2 tags (as the structure check looks for it). */
const FIRST_WITHIN = 8 * 1024;

/**
 * MP3 at demuxer level, without ffprobe: every frame header from the first audio frame to the end
 * of the audio (before ID3v1, APE and Lyrics3 tags), each frame where the one before it ends, with
 * the stream's version, layer and sample rate. A frame cut short is `truncated`; bytes that are not a
 * frame where one should start are `corrupt` (ffprobe's packet count resyncs over both in silence).
 * Zero bytes after the last frame are padding. The file is read in pieces, every byte once.
 */
export async function deepMp3(src: ByteSource, size: number): Promise<DeepAnswer> {
  const blocks = new Blocks(src, size);
  const start = await skipId3v2(blocks);
  if (typeof start !== 'number') return verdict(start);
  const end = await lyricsEnd(blocks, start, await audioEnd(blocks, start));
  if (end <= start) return { answered: false, reason: 'no audio between the tags' };

  let bufStart = start;
  let buf = await src.read(start, pieceEnd(start, end, size) - start);
  let first = -1;
  for (let p = 0; p + 4 <= buf.length && p < FIRST_WITHIN; p++) {
    if (buf[p] !== 0xff) continue;
    const c = follow(buf, p, bufStart + buf.length === end, CHAIN);
    if (c.frames >= CHAIN || (c.exact && c.frames > 0)) {
      first = p;
      break;
    }
  }
  if (first < 0) return { answered: false, reason: 'no run of MPEG audio frames at the start' };
  const key = frameAt(buf, first)!.key;

  let pos = start + first;
  let frames = 0;
  while (pos < end) {
    const bufEnd = bufStart + buf.length;
    if (pos + 4 > bufEnd && bufEnd < end) {
      // the next piece starts at the header (or where the last one stopped, inside a frame): each byte read once
      const from = Math.min(pos, bufEnd);
      // a header across a piece's edge is read whole
      const want = Math.max(pieceEnd(from, end, size), Math.min(end, pos + 4)) - from;
      buf = await src.read(from, want);
      bufStart = from;
      if (buf.length < want) {
        return verdict({ reason: 'truncated', detail: `the source ended at byte ${from + buf.length}, inside the audio` });
      }
      continue;
    }
    const frame = frameAt(buf, pos - bufStart);
    if (!frame || frame.key !== key) {
      if (await zerosTo(src, pos, end)) break;
      const what = frame ? 'a frame header of another stream (version, layer or sample rate)' : 'no MPEG audio frame header';
      if (!frame && buf[pos - bufStart] === 0xff && end - pos < 4) {
        return verdict({ reason: 'truncated', detail: `MPEG audio frame ${frames + 1} at byte ${pos} is cut inside its header` });
      }
      return verdict({ reason: 'corrupt', detail: `${what} at byte ${pos}, where frame ${frames + 1} should start` });
    }
    if (pos + frame.length > end) {
      const missing = pos + frame.length - end;
      return verdict({ reason: 'truncated', detail: `MPEG audio frame ${frames + 1} at byte ${pos} is cut: ${missing} bytes missing` });
    }
    frames++;
    pos += frame.length;
  }
  return verdict(null);
}

/** Every byte of [from, to) is zero. */
async function zerosTo(src: ByteSource, from: number, to: number): Promise<boolean> {
  for (let at = from; at < to; ) {
    const piece = await src.read(at, Math.min(PIECE, to - at));
    if (!piece.length) return false;
    for (const byte of piece) if (byte !== 0) return false;
    at += piece.length;
  }
  return true;
}

/** Lyrics3 v2 ("LYRICS200", size-prefixed) or v1 ("LYRICSEND") ends the audio before the ID3v1 tag. */
async function lyricsEnd(b: Blocks, start: number, end: number): Promise<number> {
  if (end - start < 20) return end;
  const trailer = ascii(await b.bytes(end - 15, 15), 0, 15);
  if (trailer.endsWith('LYRICS200')) {
    const tagSize = Number(trailer.slice(0, 6));
    const begin = end - 15 - tagSize;
    if (/^\d{6}$/.test(trailer.slice(0, 6)) && begin >= start && ascii(await b.bytes(begin, 11), 0, 11) === 'LYRICSBEGIN') return begin;
  } else if (trailer.endsWith('LYRICSEND')) {
    // v1: at most 5100 bytes of lyrics after LYRICSBEGIN
    const from = Math.max(start, end - 9 - 5100 - 11);
    const text = ascii(await b.bytes(from, end - from), 0, end - from);
    const at = text.lastIndexOf('LYRICSBEGIN');
    if (at >= 0) return from + at;
  }
  return end;
}
