import type { ByteSource } from '../source.js';

/** What file-type would answer: its `ext` and `mime`. */
export interface QuickType {
  ext: string;
  mime: string;
}

/** Bytes at one position that file-type's detectors look at (its first look is 4100 bytes). */
const LOOK = 4100;

/**
 * file-type's answer for the commonest media, without loading it: JPEG, ISO-BMFF with an ftyp box,
 * and MPEG layer 3 audio (after any ID3v2 tags). These mirror file-type 21's detectors in the order
 * it runs them; null (ask file-type) whenever another of its detectors could also match the bytes.
 * A test compares both on real files and on random bytes behind each of these signatures.
 */
export async function quickSniff(src: ByteSource, size: number): Promise<QuickType | null> {
  let pos = 0;
  // file-type skips ID3v2 tags and looks again behind them (a bounded number of times)
  for (let tags = 0; tags < 8; tags++) {
    const b = await src.read(pos, Math.min(LOOK, size - pos));
    if (b.length < 4) return null;
    if (pos === 0 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return b[3] === 0xf7 ? null : { ext: 'jpg', mime: 'image/jpeg' };
    if (pos === 0 && b.length >= 12 && b[0] === 0 && b[1] === 0 && b[2] === 0 && ascii(b, 4, 4) === 'ftyp' && (b[8] & 0x60) !== 0) return isoBrand(b);
    if (b[0] === 0x49 && b[1] === 0x44 && b[2] === 0x33) {
      if (b.length < 10) return null;
      const tagSize = (b[9] & 0x7f) | (b[8] << 7) | (b[7] << 14) | (b[6] << 21);
      if (pos + 10 + tagSize > size) return { ext: 'mp3', mime: 'audio/mpeg' };
      pos += 10 + tagSize;
      continue;
    }
    return layer3At(b) && !otherSignature(b) ? { ext: 'mp3', mime: 'audio/mpeg' } : null;
  }
  return null;
}

/** file-type's brand table for `ftyp` (major brand, first NUL made a space, trimmed). */
function isoBrand(b: Uint8Array): QuickType {
  const brand = ascii(b, 8, 4).replace('\0', ' ').trim();
  switch (brand) {
    case 'avif':
    case 'avis':
      return { ext: 'avif', mime: 'image/avif' };
    case 'mif1':
      return { ext: 'heic', mime: 'image/heif' };
    case 'msf1':
      return { ext: 'heic', mime: 'image/heif-sequence' };
    case 'heic':
    case 'heix':
      return { ext: 'heic', mime: 'image/heic' };
    case 'hevc':
    case 'hevx':
      return { ext: 'heic', mime: 'image/heic-sequence' };
    case 'qt':
      return { ext: 'mov', mime: 'video/quicktime' };
    case 'M4V':
    case 'M4VH':
    case 'M4VP':
      return { ext: 'm4v', mime: 'video/x-m4v' };
    case 'M4P':
      return { ext: 'm4p', mime: 'video/mp4' };
    case 'M4B':
      return { ext: 'm4b', mime: 'audio/mp4' };
    case 'M4A':
      return { ext: 'm4a', mime: 'audio/x-m4a' };
    case 'F4V':
      return { ext: 'f4v', mime: 'video/mp4' };
    case 'F4P':
      return { ext: 'f4p', mime: 'video/mp4' };
    case 'F4A':
      return { ext: 'f4a', mime: 'audio/mp4' };
    case 'F4B':
      return { ext: 'f4b', mime: 'audio/mp4' };
    case 'crx':
      return { ext: 'cr3', mime: 'image/x-canon-cr3' };
    default:
      if (brand.startsWith('3g2')) return { ext: '3g2', mime: 'video/3gpp2' };
      if (brand.startsWith('3g')) return { ext: '3gp', mime: 'video/3gpp' };
      return { ext: 'mp4', mime: 'video/mp4' };
  }
}

/** An MPEG-1/2/2.5 layer 3 frame header at the start (file-type's last, "imprecise" guess). */
function layer3At(b: Uint8Array): boolean {
  return b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && (b[1] & 0x06) === 0x02;
}

/**
 * Signatures file-type checks at fixed offsets before it falls back to MPEG sync: if any is there,
 * its answer may differ, so it decides. Bytes past the end read as 0, as in its zero-filled buffer.
 */
function otherSignature(b: Uint8Array): boolean {
  // compared in place (no array per signature: this runs for every MP3 a lint reads)
  const at = (o: number, s: string | number[]) => {
    for (let i = 0; i < s.length; i++) {
      if ((b[o + i] ?? 0) !== (typeof s === 'string' ? s.charCodeAt(i) : s[i])) return false;
    }
    return true;
  };
  if (['free', 'mdat', 'moov', 'wide', 'ftyp'].some((t) => at(4, t))) return true;
  if (at(2, [0x27, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])) return true;
  if (at(36, 'acsp') || at(7, '**ACE') || at(44, 'SCRM') || at(60, 'BOOKMOBI') || at(128, 'DICM') || at(34, 'LP')) return true;
  if (b[4] === 0x47 && b[196] === 0x47) return true;
  if (at(257, 'ustar')) return true;
  // tar without the magic: zeros at 257 and a header checksum that matches
  return at(257, [0, 0, 0, 0, 0, 0]) && tarChecksumMatches(b);
}

/** file-type's tarHeaderChecksumMatches over its 512-byte look (zeros past the end). */
function tarChecksumMatches(b: Uint8Array): boolean {
  const field = new TextDecoder('utf-8').decode(b.subarray(148, 154));
  const readSum = Number.parseInt(field.replace(/\0.*$/, '').trim(), 8);
  if (Number.isNaN(readSum)) return false;
  let sum = 8 * 0x20;
  for (let i = 0; i < 148; i++) sum += b[i] ?? 0;
  for (let i = 156; i < 512; i++) sum += b[i] ?? 0;
  return readSum === sum;
}

function ascii(b: Uint8Array, o: number, n: number): string {
  let s = '';
  for (let i = o; i < o + n && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}
