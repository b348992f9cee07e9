import type { ByteSource } from '../source.js';

/** What sharp's header-only metadata gives for a JPEG: size as displayed and the EXIF orientation. */
export interface FastImageFacts {
  width: number;
  height: number;
  rotation: number | null;
}

export type FastJpegResult = { ok: true; facts: FastImageFacts } | { ok: false; reason: string };

/** First read of the header walk; each refill doubles it (most headers end within the first). */
const FIRST_WINDOW = 4 * 1024;
const WINDOW = 64 * 1024;
const MAX_SEGMENTS = 64;
/** libjpeg's JPEG_MAX_DIMENSION: larger sides are an error to it. */
const MAX_SIDE = 65500;

class Doubt extends Error {}
const doubt = (why: string): never => {
  throw new Doubt(why);
};

/**
 * In-process JPEG header reader that stands in for sharp().metadata(): walks the segments from SOI
 * to SOS as libjpeg's jpeg_read_header does and reads the EXIF orientation as libvips does.
 * It is strict: anything libjpeg might warn about or refuse (other coding processes, odd tables,
 * bytes between segments, 12-bit samples, several EXIF blocks, unusual EXIF layouts) is a doubt,
 * and the caller asks sharp. Source I/O errors propagate (the caller reports the file unreadable).
 */
export async function fastJpegFacts(src: ByteSource, size: number): Promise<FastJpegResult> {
  const win: { start: number; bytes: Uint8Array; next: number } = { start: 0, bytes: new Uint8Array(0), next: FIRST_WINDOW };
  /** `length` bytes at `offset` (a doubt when the file ends first). */
  const bytes = async (offset: number, length: number): Promise<Uint8Array> => {
    if (offset + length > size) doubt(`the file ends at ${size}, inside a segment at ${offset}`);
    if (offset < win.start || offset + length > win.start + win.bytes.length) {
      win.start = offset;
      win.bytes = await src.read(offset, Math.min(Math.max(length, win.next), size - offset));
      win.next = Math.min(WINDOW, win.next * 2);
      if (win.bytes.length < length) doubt('the source returned fewer bytes than its size');
    }
    return win.bytes.subarray(offset - win.start, offset - win.start + length);
  };
  try {
    return { ok: true, facts: await walk(bytes) };
  } catch (err) {
    if (err instanceof Doubt) return { ok: false, reason: `jpeg: ${err.message}` };
    // a reader bug on odd input is a doubt too; source errors are the caller's
    if (err instanceof RangeError || err instanceof TypeError) return { ok: false, reason: `jpeg: reader error: ${err.message}` };
    throw err;
  }
}

type Bytes = (offset: number, length: number) => Promise<Uint8Array>;

async function walk(bytes: Bytes): Promise<FastImageFacts> {
  const soi = await bytes(0, 2);
  if (soi[0] !== 0xff || soi[1] !== 0xd8) doubt('no SOI marker');
  let off = 2;
  let sof: { width: number; height: number; ids: number[] } | null = null;
  let exif: Uint8Array | null = null;
  for (let n = 0; n < MAX_SEGMENTS; n++) {
    const m = await bytes(off, 2);
    if (m[0] !== 0xff) doubt(`bytes between segments at ${off}`);
    const marker = m[1];
    if (marker === 0xff) {
      off += 1; // fill byte: libjpeg skips these silently
      continue;
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const known = isApp || marker === 0xfe || marker === 0xdb || marker === 0xc4 || marker === 0xdd || marker === 0xc0 || marker === 0xc1 || marker === 0xc2 || marker === 0xda;
    if (!known) doubt(`marker 0x${marker.toString(16)} before the scan`);
    const l = await bytes(off + 2, 2);
    const length = (l[0] << 8) | l[1];
    if (length < 2) doubt(`segment length ${length}`);
    const body = await bytes(off + 4, length - 2);
    switch (marker) {
      case 0xc0:
      case 0xc1:
      case 0xc2:
        if (sof) doubt('two frame headers');
        sof = frameHeader(body);
        break;
      case 0xdb:
        quantTables(body);
        break;
      case 0xc4:
        huffmanTables(body);
        break;
      case 0xdd:
        if (length !== 4) doubt('DRI length');
        break;
      case 0xe0:
        if (body.length >= 14 && ascii(body, 0, 5) === 'JFIF\0' && body[5] !== 1) doubt('JFIF major version');
        break;
      case 0xe1:
        if (body.length > 4 && ascii(body, 0, 4) === 'Exif') {
          if (exif) doubt('two EXIF blocks');
          exif = body;
        }
        break;
      case 0xda:
        if (!sof) doubt('scan before the frame header');
        scanHeader(body, sof!.ids);
        return { ...oriented(sof!, exif ? orientation(exif) : null) };
    }
    off += 2 + length;
  }
  return doubt(`more than ${MAX_SEGMENTS} segments before the scan`);
}

function oriented(sof: { width: number; height: number }, rotation: number | null): FastImageFacts {
  const swap = rotation !== null && rotation >= 5;
  return { width: swap ? sof.height : sof.width, height: swap ? sof.width : sof.height, rotation };
}

function frameHeader(b: Uint8Array): { width: number; height: number; ids: number[] } {
  if (b.length < 6) doubt('short frame header');
  const precision = b[0];
  const height = (b[1] << 8) | b[2];
  const width = (b[3] << 8) | b[4];
  const count = b[5];
  if (precision !== 8) doubt(`${precision}-bit samples`);
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) doubt(`size ${width}x${height}`);
  if (count < 1 || count > 4 || b.length !== 6 + 3 * count) doubt(`${count} components in ${b.length} bytes`);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = b[6 + 3 * i];
    const h = b[7 + 3 * i] >> 4;
    const v = b[7 + 3 * i] & 15;
    if (h < 1 || h > 4 || v < 1 || v > 4 || b[8 + 3 * i] > 3) doubt('sampling factors or table index');
    if (ids.includes(id)) doubt('repeated component id');
    ids.push(id);
  }
  return { width, height, ids };
}

function quantTables(b: Uint8Array): void {
  let p = 0;
  while (p < b.length) {
    const pq = b[p] >> 4;
    const tq = b[p] & 15;
    if (pq !== 0 || tq > 3) doubt('quantisation table kind');
    p += 65;
  }
  if (p !== b.length || b.length === 0) doubt('DQT length');
}

function huffmanTables(b: Uint8Array): void {
  let p = 0;
  while (p < b.length) {
    if (p + 17 > b.length) doubt('DHT length');
    const tc = b[p] >> 4;
    const th = b[p] & 15;
    if (tc > 1 || th > 3) doubt('Huffman table kind');
    let count = 0;
    for (let i = 1; i <= 16; i++) count += b[p + i];
    if (count > 256) doubt('Huffman table of more than 256 codes');
    p += 17 + count;
  }
  if (p !== b.length || b.length === 0) doubt('DHT length');
}

function scanHeader(b: Uint8Array, ids: number[]): void {
  const count = b[0];
  if (count < 1 || count > 4 || b.length !== 4 + 2 * count) doubt('scan header length');
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = b[1 + 2 * i];
    if (!ids.includes(id) || seen.includes(id)) doubt(`scan component ${id}`);
    seen.push(id);
    if (b[2 + 2 * i] >> 4 > 3 || (b[2 + 2 * i] & 15) > 3) doubt('scan table index');
  }
}

/** IFD0 Orientation as libvips reads it through libexif; null when the block has none. */
function orientation(app1: Uint8Array): number | null {
  if (app1.length < 14 || ascii(app1, 0, 6) !== 'Exif\0\0') doubt('EXIF header');
  const t = app1.subarray(6);
  const order = ascii(t, 0, 2);
  if (order !== 'II' && order !== 'MM') doubt('EXIF byte order');
  const le = order === 'II';
  const u16 = (o: number) => (le ? t[o] | (t[o + 1] << 8) : (t[o] << 8) | t[o + 1]);
  const u32 = (o: number) => (le ? (t[o] | (t[o + 1] << 8) | (t[o + 2] << 16) | (t[o + 3] << 24)) >>> 0 : ((t[o] << 24) | (t[o + 1] << 16) | (t[o + 2] << 8) | t[o + 3]) >>> 0);
  if (u16(2) !== 42) doubt('TIFF magic');
  const ifd = u32(4);
  if (ifd < 8 || ifd + 2 > t.length) doubt('IFD0 offset');
  const entries = u16(ifd);
  if (entries === 0 || ifd + 2 + 12 * entries > t.length) doubt('IFD0 entry table');
  let found: number | null = null;
  for (let i = 0; i < entries; i++) {
    const e = ifd + 2 + 12 * i;
    if (u16(e) !== 0x0112) continue;
    if (found !== null) doubt('two orientation entries');
    if (u16(e + 2) !== 3 || u32(e + 4) !== 1) doubt('orientation entry type');
    found = u16(e + 8);
    if (found < 1 || found > 8) doubt(`orientation ${found}`);
  }
  return found;
}

function ascii(b: Uint8Array, o: number, n: number): string {
  let s = '';
  for (let i = o; i < o + n && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}
