import type { AudioFacts } from '../audio.js';
import { mp3Duration, parseFrameHeader } from '../mp3.js';
import type { ByteSource } from '../source.js';

export type FastAudioResult = { ok: true; facts: AudioFacts } | { ok: false; reason: string };

/**
 * MP3 facts without music-metadata, for the plain files encoders write: no tag, or ID3v2.3/2.4 tags
 * of plain text frames (Latin-1 or UTF-8, no flags), then a layer 3 frame at once, chained to the
 * next. Duration comes from mp3.ts exactly as on the music-metadata path; codec, rate and channels
 * from the first frame header, as music-metadata reads them. Anything else (cover art, other frames
 * or encodings, unsynchronisation, junk before the audio, an APE tag) is a doubt: the caller asks
 * music-metadata. Source I/O errors propagate.
 */
export async function fastMp3Facts(src: ByteSource, size: number): Promise<FastAudioResult> {
  let pos = 0;
  for (let tags = 0; ; tags++) {
    const h = await src.read(pos, 10);
    if (h.length < 10 || h[0] !== 0x49 || h[1] !== 0x44 || h[2] !== 0x33) break;
    if (tags >= 4) return doubt('more than 4 ID3v2 tags');
    const tagSize = syncsafe(h, 6);
    if (tagSize < 0) return doubt('ID3v2 size not syncsafe');
    if ((h[3] !== 3 && h[3] !== 4) || h[4] !== 0) return doubt(`ID3v2.${h[3]}.${h[4]}`);
    if (h[5] !== 0) return doubt('ID3v2 header flags');
    if (pos + 10 + tagSize > size) return doubt('ID3v2 tag runs past the end');
    const why = plainFrames(await src.read(pos + 10, tagSize), h[3]);
    if (why) return doubt(why);
    pos += 10 + tagSize;
  }
  // music-metadata reads up to 4 frames and keeps the last one's rate and channels: all 4 must agree
  const head = await src.read(pos, 4);
  const first = parseFrameHeader(head);
  if (!first) return doubt('no MPEG audio frame right after the tags');
  const key = (h: Uint8Array) => `${h[1] & 0xfe},${(h[2] >> 2) & 3},${h[3] >> 6 === 3},${h[3] & 3}`;
  if (((head[1] >> 1) & 3) !== 1 || (head[3] & 3) === 2) return doubt('not layer 3, or a reserved emphasis');
  for (let i = 1, at = pos + first.length; i < 4; i++) {
    const h = await src.read(at, 4);
    const f = parseFrameHeader(h);
    if (!f || key(h) !== key(head)) return doubt(`frame ${i + 1} differs from the first, or is missing`);
    at += f.length;
  }
  const apeFooter = size - 32 - ((await hasId3v1(src, size)) ? 128 : 0);
  if (apeFooter >= 0 && asciiOf(await src.read(apeFooter, 8)) === 'APETAGEX') return doubt('APE tag');
  const mp3 = await mp3Duration(src, size);
  if (!mp3) return doubt('no frame count');
  return {
    ok: true,
    facts: {
      durationSec: mp3.durationSec,
      audioCodec: 'mp3',
      sampleRate: first.sampleRate,
      channels: first.channels,
      hasAudioStream: true,
      hasVideoStream: false,
      failure: null,
    },
  };
}

const doubt = (reason: string): FastAudioResult => ({ ok: false, reason: `mp3: ${reason}` });

/** A 28-bit syncsafe integer, or -1 when a byte has its high bit set. */
function syncsafe(b: Uint8Array, o: number): number {
  if ((b[o] | b[o + 1] | b[o + 2] | b[o + 3]) & 0x80) return -1;
  return (b[o] << 21) | (b[o + 1] << 14) | (b[o + 2] << 7) | b[o + 3];
}

/** null when every frame is a flagless text frame in Latin-1 or UTF-8, then only padding; else why not. */
function plainFrames(tag: Uint8Array, version: number): string | null {
  let p = 0;
  while (p + 10 <= tag.length) {
    if (tag[p] === 0) {
      for (let i = p; i < tag.length; i++) if (tag[i] !== 0) return 'bytes after the padding';
      return null;
    }
    const id = asciiOf(tag.subarray(p, p + 4));
    if (!/^T[A-Z0-9]{3}$/.test(id) || id === 'TXXX') return `frame ${JSON.stringify(id)}`;
    const size = version === 4 ? syncsafe(tag, p + 4) : ((tag[p + 4] << 24) | (tag[p + 5] << 16) | (tag[p + 6] << 8) | tag[p + 7]) >>> 0;
    if (size < 1 || p + 10 + size > tag.length) return `frame ${id} size`;
    if (tag[p + 8] !== 0 || tag[p + 9] !== 0) return `frame ${id} flags`;
    const encoding = tag[p + 10];
    if (encoding !== 0 && encoding !== 3) return `frame ${id} text encoding ${encoding}`;
    p += 10 + size;
  }
  return p === tag.length ? null : 'a cut frame header';
}

async function hasId3v1(src: ByteSource, size: number): Promise<boolean> {
  return size >= 128 && asciiOf(await src.read(size - 128, 3)) === 'TAG';
}

function asciiOf(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}
