import type { ReadFailure } from '../../types.js';
import { ascii, be16, type Blocks, failure, indexOf, plural } from './blocks.js';

const MAX_SEGMENTS = 128;
const TAIL = 16 * 1024;
const FIRST_LOOK = 4 * 1024;
const EOI = [0xff, 0xd9];
/** Trailers some cameras append after EOI (Samsung "SEFT"); the tail check cannot see past them. */
const KNOWN_TRAILERS = ['SEFT'];
/** XMP words of files with a video appended after EOI (Google/Samsung motion photos). */
const APPENDED_VIDEO = /MotionPhoto|MicroVideo|Container:Directory/;
const XMP_ID = 'http://ns.adobe.com/xap/1.0/';

/**
 * JPEG: SOI, then segment headers up to the start of scan (each length must stay inside the
 * file), then an EOI marker (FF D9) after the scan, looked for in the tail only.
 */
export async function checkJpeg(b: Blocks): Promise<ReadFailure | null> {
  const size = b.size;
  const soi = await b.bytes(0, 3);
  if (soi.length < 2 || soi[0] !== 0xff || soi[1] !== 0xd8) return failure('corrupt', 'the JPEG start-of-image marker (FF D8) is missing');

  let off = 2;
  let scanAt = -1;
  let xmp: { at: number; length: number } | null = null;
  for (let n = 0; n < MAX_SEGMENTS; n++) {
    const m = await b.bytes(off, 4);
    if (m.length < 2) return failure('truncated', `the file ends in the JPEG headers, before any image data (offset ${off})`);
    if (m[0] !== 0xff) return failure('corrupt', `expected a JPEG marker at offset ${off}, found 0x${m[0].toString(16)}`);
    const marker = m[1];
    if (marker === 0xff) {
      off += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return failure('corrupt', 'the image ends (EOI) before any scan data');
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      off += 2;
      continue;
    }
    if (m.length < 4) return failure('truncated', `the file ends inside the header of a JPEG segment at offset ${off}`);
    const length = be16(m, 2);
    if (length < 2) return failure('corrupt', `the JPEG segment at offset ${off} has an impossible length (${length})`);
    if (off + 2 + length > size) {
      return failure('truncated', `the JPEG segment at offset ${off} needs ${plural(length, 'byte')} but the file ends first`);
    }
    if (marker === 0xda) {
      scanAt = off + 2 + length;
      break;
    }
    if (marker === 0xe1 && length > 2 + XMP_ID.length) {
      const id = await b.bytes(off + 4, XMP_ID.length);
      if (ascii(id, 0, id.length) === XMP_ID) xmp = { at: off + 4, length: length - 2 };
    }
    off += 2 + length;
  }
  // with very many header segments we only check the tail
  const from = Math.max(scanAt >= 0 ? scanAt : off, size - TAIL);
  if (from >= size) return failure('truncated', 'the file ends where the image data should start');
  // the last 4 KiB first: EOI is almost always there, and an EOI in it is one in the whole tail
  const near = Math.max(from, size - FIRST_LOOK);
  if (near > from && indexOf(await b.bytes(near, size - near), EOI) >= 0) return null;
  const tail = await b.bytes(from, size - from);
  if (indexOf(tail, EOI) >= 0) return null;

  const last4 = ascii(tail, Math.max(0, tail.length - 4), 4);
  if (KNOWN_TRAILERS.includes(last4)) return null;
  if (xmp) {
    const text = await b.bytes(xmp.at, Math.min(xmp.length, 64 * 1024));
    if (APPENDED_VIDEO.test(new TextDecoder('latin1').decode(text))) return null;
  }
  return failure('truncated', 'no end-of-image marker (FF D9): the image data was cut short');
}
