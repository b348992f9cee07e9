import type { ByteSource } from '../source.js';

export interface HeaderSize {
  /** As displayed (TIFF orientation 5-8 swaps them, as sharp's autoOrient does). */
  width: number;
  height: number;
  /** TIFF orientation tag; null when the image has none. */
  rotation: number | null;
}

/** What a header reader found: a size, or why it cannot tell (then the caller says the fact is unverified). */
export type HeaderResult = { ok: true; size: HeaderSize } | { ok: false; reason: string };

const HEAD = 64 * 1024;

/**
 * Image sizes from the first bytes of PNG, WebP, GIF, BMP and TIFF, for runtimes without sharp
 * (the browser build): the header fields libvips and ffprobe report, never a decode, so a
 * 100000x100000 "bomb" costs one small read. An EXIF block that could rotate a PNG or WebP is
 * not parsed here: the answer is ok:false rather than a size that might be the stored one.
 */
export async function headerSize(src: ByteSource, size: number, format: string): Promise<HeaderResult> {
  const b = await src.read(0, Math.min(HEAD, size));
  switch (format) {
    case 'png':
      return png(b);
    case 'webp':
      return webp(b);
    case 'gif':
      return b.length >= 10 ? sized(le16(b, 6), le16(b, 8), null) : cut('GIF');
    case 'bmp':
      return bmp(b);
    case 'tiff':
      return tiff(b);
    default:
      return { ok: false, reason: `no header reader for ${format}` };
  }
}

function png(b: Uint8Array): HeaderResult {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return cut('PNG');
  // chunks before the first IDAT: an eXIf one may carry an orientation
  for (let p = 8; p + 8 <= b.length; ) {
    const type = ascii(b, p + 4, 4);
    if (type === 'eXIf') return { ok: false, reason: 'the PNG has an EXIF block' };
    if (type === 'IDAT' || type === 'IEND') break;
    p += 12 + be32(b, p);
  }
  return sized(be32(b, 16), be32(b, 20), null);
}

function webp(b: Uint8Array): HeaderResult {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return cut('WebP');
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') {
    if (b[20] & 0x08) return { ok: false, reason: 'the WebP has an EXIF block' };
    return sized(1 + (b[24] | (b[25] << 8) | (b[26] << 16)), 1 + (b[27] | (b[28] << 8) | (b[29] << 16)), null);
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return { ok: false, reason: 'no VP8L signature' };
    const bits = (b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)) >>> 0;
    return sized(1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff), null);
  }
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return { ok: false, reason: 'no VP8 start code' };
    return sized(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff, null);
  }
  return { ok: false, reason: `first WebP chunk ${chunk}` };
}

function bmp(b: Uint8Array): HeaderResult {
  if (b.length < 26 || ascii(b, 0, 2) !== 'BM') return cut('BMP');
  // BITMAPCOREHEADER (12 bytes) has 16-bit sides; the others 32-bit, a negative height for top-down rows
  if (le32(b, 14) === 12) return sized(le16(b, 18), le16(b, 20), null);
  return sized(Math.abs(le32(b, 18) | 0), Math.abs(le32(b, 22) | 0), null);
}

function tiff(b: Uint8Array): HeaderResult {
  if (b.length < 8) return cut('TIFF');
  const le = b[0] === 0x49;
  const u16 = (o: number) => (le ? le16(b, o) : (b[o] << 8) | b[o + 1]);
  const u32 = (o: number) => (le ? le32(b, o) : be32(b, o));
  const ifd = u32(4);
  if (ifd + 2 > b.length) return { ok: false, reason: 'the first TIFF directory is past the first 64 KiB' };
  const n = u16(ifd);
  if (ifd + 2 + 12 * n > b.length) return cut('TIFF directory');
  let w = 0;
  let h = 0;
  let orientation: number | null = null;
  for (let i = 0; i < n; i++) {
    const e = ifd + 2 + 12 * i;
    const tag = u16(e);
    const value = u16(e + 2) === 3 ? u16(e + 8) : u32(e + 8);
    if (tag === 256) w = value;
    else if (tag === 257) h = value;
    else if (tag === 274) orientation = value;
  }
  return orientation !== null && orientation >= 5 && orientation <= 8 ? sized(h, w, orientation) : sized(w, h, orientation);
}

function sized(width: number, height: number, rotation: number | null): HeaderResult {
  return width > 0 && height > 0 ? { ok: true, size: { width, height, rotation } } : { ok: false, reason: 'the header gives a zero side' };
}

const cut = (what: string): HeaderResult => ({ ok: false, reason: `the ${what} header is incomplete` });
const le16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const le32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const be32 = (b: Uint8Array, o: number) => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
