import { Bits } from './bits.js';
import { children, type Box, u8, u16 } from './boxes.js';

/**
 * Sample-entry four-character codes -> ffprobe's codec_name, for the codecs we are sure of.
 * Anything else is doubted (ffprobe's tables are far larger than this one).
 */
const VIDEO: Record<string, string> = {
  avc1: 'h264',
  avc3: 'h264',
  hvc1: 'hevc',
  hev1: 'hevc',
  dvh1: 'hevc',
  dvhe: 'hevc',
  av01: 'av1',
  vp09: 'vp9',
  vp08: 'vp8',
  mp4v: 'mpeg4',
  jpeg: 'mjpeg',
  mjpa: 'mjpeg',
  'png ': 'png',
  apch: 'prores',
  apcn: 'prores',
  apcs: 'prores',
  apco: 'prores',
  ap4h: 'prores',
  ap4x: 'prores',
  'rle ': 'qtrle',
  h263: 'h263',
  s263: 'h263',
};

const AUDIO: Record<string, string> = {
  mp4a: 'aac',
  '.mp3': 'mp3',
  'ac-3': 'ac3',
  'ec-3': 'eac3',
  Opus: 'opus',
  fLaC: 'flac',
  alac: 'alac',
  sowt: 'pcm_s16le',
  twos: 'pcm_s16be',
};

/** MPEG-4 objectTypeIndication (esds) -> codec_name, as ffmpeg's ff_mp4_obj_type maps it. */
const OBJECT_TYPES: Record<number, string> = {
  0x20: 'mpeg4',
  0x21: 'h264',
  0x23: 'hevc',
  0x40: 'aac',
  0x60: 'mpeg2video',
  0x61: 'mpeg2video',
  0x62: 'mpeg2video',
  0x63: 'mpeg2video',
  0x64: 'mpeg2video',
  0x65: 'mpeg2video',
  0x66: 'aac',
  0x67: 'aac',
  0x68: 'aac',
  0x69: 'mp3',
  0x6a: 'mpeg1video',
  0x6b: 'mp3',
  0x6c: 'mjpeg',
  0x6d: 'png',
  0xa5: 'ac3',
  0xa6: 'eac3',
  0xad: 'opus',
  0xb1: 'vp9',
  0xc1: 'flac',
  0xdd: 'vorbis',
};

/** Tracks that are neither video nor audio and that ffmpeg will not turn into either. */
const HARMLESS: Record<string, string[]> = {
  tmcd: ['tmcd'],
  text: ['text', 'tx3g'],
  sbtl: ['tx3g', 'text', 'wvtt', 'stpp', 'c608'],
  subt: ['tx3g', 'wvtt', 'stpp'],
  clcp: ['c608', 'c708'],
  meta: ['mebx', 'mett', 'metx', 'urim', 'gpmd'],
  hint: ['rtp ', 'srtp'],
};

export function isHarmlessTrack(handler: string, entry: string): boolean {
  return HARMLESS[handler]?.includes(entry) ?? false;
}

export function isKnownEntry(entry: string): boolean {
  return entry in VIDEO || entry in AUDIO;
}

/** Size of the fixed part of a visual sample entry (SampleEntry + VisualSampleEntry fields). */
export const VISUAL_ENTRY_FIELDS = 78;

export type CodecResult = { ok: true; codec: string } | { ok: false; reason: string };

export function videoCodec(b: Uint8Array, entry: Box): CodecResult {
  const type = entry.type;
  const base = VIDEO[type];
  if (!base) return { ok: false, reason: `video sample entry '${printable(type)}' is not one the fast path knows` };
  if (type === 'avc1' || type === 'avc3') return configOk(b, entry, 'avcC', avcConfigOk) ? { ok: true, codec: base } : { ok: false, reason: 'missing or malformed avcC' };
  if (base === 'hevc') return configOk(b, entry, 'hvcC', hevcConfigOk) ? { ok: true, codec: base } : { ok: false, reason: 'missing or malformed hvcC' };
  if (type !== 'mp4v') return { ok: true, codec: base };
  // mp4v: the esds object type decides (MPEG-4 part 2, MPEG-2, MJPEG...)
  const kids = children(b, entry.body + VISUAL_ENTRY_FIELDS, entry.end);
  if (!kids) return { ok: false, reason: 'malformed boxes inside the mp4v sample entry' };
  const esds = kids.find((k) => k.type === 'esds');
  if (!esds) return { ok: true, codec: base };
  const oti = objectType(b, esds);
  if (oti === null) return { ok: false, reason: 'unreadable esds in the mp4v sample entry' };
  return { ok: true, codec: OBJECT_TYPES[oti] ?? base };
}

/** The codec configuration box is there once and well formed (ffmpeg's decoder gives up on a broken one). */
function configOk(b: Uint8Array, entry: Box, type: string, check: (b: Uint8Array, box: Box) => boolean): boolean {
  const kids = children(b, entry.body + VISUAL_ENTRY_FIELDS, entry.end);
  const found = kids?.filter((k) => k.type === type) ?? [];
  return found.length === 1 && check(b, found[0]);
}

/** AVCDecoderConfigurationRecord: version 1, at least one SPS and one PPS, every length inside the box. */
function avcConfigOk(b: Uint8Array, c: Box): boolean {
  if (c.end - c.body < 7 || b[c.body] !== 1) return false;
  let p = c.body + 5;
  for (const mask of [0x1f, 0xff]) {
    const n = b[p++] & mask;
    if (!n) return false;
    for (let i = 0; i < n; i++) {
      if (p + 2 > c.end) return false;
      const len = u16(b, p);
      if (!len || p + 2 + len > c.end) return false;
      p += 2 + len;
    }
    if (mask === 0x1f && p >= c.end) return false;
  }
  return true;
}

/** The first SPS NAL unit of the entry's avcC (already checked by avcConfigOk). */
export function avcSps(b: Uint8Array, entry: Box): Uint8Array | null {
  const avcC = children(b, entry.body + VISUAL_ENTRY_FIELDS, entry.end)?.find((k) => k.type === 'avcC');
  if (!avcC || avcC.end - avcC.body < 8) return null;
  const len = u16(b, avcC.body + 6);
  return avcC.body + 8 + len <= avcC.end ? b.subarray(avcC.body + 8, avcC.body + 8 + len) : null;
}

/** The first SPS NAL unit of the entry's hvcC (already checked by hevcConfigOk). */
export function hevcSps(b: Uint8Array, entry: Box): Uint8Array | null {
  const c = children(b, entry.body + VISUAL_ENTRY_FIELDS, entry.end)?.find((k) => k.type === 'hvcC');
  if (!c || c.end - c.body < 23) return null;
  let p = c.body + 23;
  for (let i = 0; i < b[c.body + 22] && p + 3 <= c.end; i++) {
    const type = b[p] & 0x3f;
    const n = u16(b, p + 1);
    p += 3;
    for (let k = 0; k < n && p + 2 <= c.end; k++) {
      const len = u16(b, p);
      if (type === 33 && p + 2 + len <= c.end) return b.subarray(p + 2, p + 2 + len);
      p += 2 + len;
    }
  }
  return null;
}

/** HEVCDecoderConfigurationRecord: the NAL unit arrays fit and hold a VPS, an SPS and a PPS. */
function hevcConfigOk(b: Uint8Array, c: Box): boolean {
  if (c.end - c.body < 23 || b[c.body] !== 1) return false;
  const arrays = b[c.body + 22];
  let p = c.body + 23;
  const seen = new Set<number>();
  for (let i = 0; i < arrays; i++) {
    if (p + 3 > c.end) return false;
    const type = b[p] & 0x3f;
    const n = u16(b, p + 1);
    p += 3;
    for (let k = 0; k < n; k++) {
      if (p + 2 > c.end) return false;
      const len = u16(b, p);
      if (!len || p + 2 + len > c.end) return false;
      p += 2 + len;
    }
    if (n) seen.add(type);
  }
  return seen.has(32) && seen.has(33) && seen.has(34);
}

/** Fixed fields of a sound sample entry by QuickTime sound description version. */
const SOUND_FIELDS: Record<number, number> = { 0: 28, 1: 44, 2: 64 };

export function audioCodec(b: Uint8Array, entry: Box): CodecResult {
  const type = entry.type;
  const base = AUDIO[type];
  if (!base) return { ok: false, reason: `audio sample entry '${printable(type)}' is not one the fast path knows` };
  if (entry.end - entry.body < 28) return { ok: false, reason: 'audio sample entry too short' };
  const version = u16(b, entry.body + 8);
  const fields = SOUND_FIELDS[version];
  if (fields === undefined || entry.end - entry.body < fields) {
    return { ok: false, reason: `audio sample entry version ${version}` };
  }
  if (type === 'sowt' || type === 'twos') {
    // ffmpeg renames 16-bit PCM by bit depth; only the 16-bit case is certain here
    const bits = u16(b, entry.body + 18);
    return version === 2 || bits !== 16 ? { ok: false, reason: `${bits}-bit ${type} PCM` } : { ok: true, codec: base };
  }
  if (type !== 'mp4a') return { ok: true, codec: base };
  const esds = findEsds(b, entry.body + fields, entry.end);
  if (!esds) return { ok: false, reason: 'mp4a sample entry without an esds' };
  const oti = objectType(b, esds);
  if (oti === null) return { ok: false, reason: 'unreadable esds in the mp4a sample entry' };
  const codec = OBJECT_TYPES[oti];
  if (!codec) return { ok: false, reason: `mp4a object type 0x${oti.toString(16)}` };
  if (codec === 'aac' && !ascOk(b, esds)) return { ok: false, reason: 'AAC configuration the fast path does not vouch for' };
  return { ok: true, codec };
}

/** esds directly in the entry, or inside a QuickTime 'wave' box. */
function findEsds(b: Uint8Array, from: number, to: number): Box | null {
  const kids = children(b, from, to);
  if (!kids) return null;
  for (const k of kids) {
    if (k.type === 'esds') return k;
    if (k.type === 'wave') {
      const inner = children(b, k.body, k.end);
      const e = inner?.find((x) => x.type === 'esds');
      if (e) return e;
    }
  }
  return null;
}

interface Descriptor {
  tag: number;
  body: number;
  end: number;
}

/** An MPEG-4 descriptor (tag + up to 4 length bytes of 7 bits) at `off`, within `to`. */
function descriptorAt(b: Uint8Array, off: number, to: number): Descriptor | null {
  if (off + 2 > to) return null;
  const tag = u8(b, off);
  let len = 0;
  let p = off + 1;
  for (let i = 0; i < 4; i++) {
    if (p >= to) return null;
    const c = u8(b, p++);
    len = len * 128 + (c & 0x7f);
    if (!(c & 0x80)) break;
  }
  // ffmpeg clamps a descriptor to its parent; a clean file never needs that
  if (p + len > to) return null;
  return { tag, body: p, end: p + len };
}

/** The DecoderConfigDescriptor inside an esds box (after version/flags). */
function decoderConfig(b: Uint8Array, esds: Box): Descriptor | null {
  const es = descriptorAt(b, esds.body + 4, esds.end);
  if (!es || es.tag !== 0x03 || es.end - es.body < 3) return null;
  const flags = u8(b, es.body + 2);
  let p = es.body + 3;
  if (flags & 0x80) p += 2; // dependsOn_ES_ID
  if (flags & 0x40) {
    if (p >= es.end) return null;
    p += 1 + u8(b, p); // URL
  }
  if (flags & 0x20) p += 2; // OCR_ES_Id
  const dc = descriptorAt(b, p, es.end);
  return dc && dc.tag === 0x04 && dc.end - dc.body >= 13 ? dc : null;
}

function objectType(b: Uint8Array, esds: Box): number | null {
  const dc = decoderConfig(b, esds);
  return dc ? u8(b, dc.body) : null;
}

/**
 * The AudioSpecificConfig is one ffmpeg's AAC decoder opens and keeps calling AAC: Main, LC or
 * LTP, a table sampling rate, 1-7 channels. (Other object types are renamed, like ALS, or fail,
 * and HE-AAC is left to ffprobe.)
 */
function ascOk(b: Uint8Array, esds: Box): boolean {
  const dc = decoderConfig(b, esds);
  if (!dc) return false;
  const dsi = descriptorAt(b, dc.body + 13, dc.end);
  if (!dsi || dsi.tag !== 0x05 || dsi.end - dsi.body < 2) return false;
  try {
    const g = new Bits(b.subarray(dsi.body, dsi.end));
    const aot = g.u(5);
    const rateIndex = g.u(4);
    const channels = g.u(4);
    if (!(aot === 1 || aot === 2 || aot === 4) || rateIndex > 12 || channels < 1 || channels > 7) return false;
    g.u1(); // frameLengthFlag
    if (g.u1()) g.u(14); // coreCoderDelay
    if (g.u1()) return false; // extensionFlag: not for these object types
    // a backward-compatible SBR/PS signal may follow; its sampling index must be a table one too
    if (g.left >= 16 && g.u(11) === 0x2b7 && g.u(5) === 5 && g.u1()) return g.u(4) <= 12;
    return true;
  } catch {
    return false;
  }
}

function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?');
}
