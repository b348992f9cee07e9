import type { FfprobeJson, FfprobeStream } from '../ffprobe.js';
import { type Box, boxAt, children, i32, i64, u16, u32, u64 } from './boxes.js';
import { audioCodec, isHarmlessTrack, videoCodec, VISUAL_ENTRY_FIELDS, type CodecResult } from './codecs.js';
import { frameRates, type SttsEntry } from './rate.js';
import { type Edit, formatDurationUs, printUs, type StreamTiming, streamTiming } from './timing.js';

/** The reader is not sure it would agree with ffprobe: the caller falls back to ffprobe. */
export class Doubt extends Error {}

const doubt = (reason: string): never => {
  throw new Doubt(reason);
};

const MAX_TRACKS = 64;
const MAX_STTS_ENTRIES = 4_000_000;
/** Leading samples an edit may skip without moving ffmpeg's frame-rate window (see rate.ts). */
const EDIT_SLACK_SAMPLES = 4;

/**
 * A moov box -> the subset of ffprobe's JSON that normaliseFfprobe reads, computed the way
 * ffmpeg's mov demuxer computes it. Throws Doubt for anything it is not sure of.
 */
export function readMoov(b: Uint8Array): FfprobeJson {
  const moov = boxAt(b, 0, b.length) ?? doubt('unreadable moov header');
  const kids = children(b, moov.body, moov.end) ?? doubt('malformed boxes in moov');
  let mvhd: Box | null = null;
  const traks: Box[] = [];
  for (const k of kids) {
    if (k.type === 'mvhd') mvhd = mvhd ? doubt('two mvhd boxes') : k;
    else if (k.type === 'trak') traks.push(k);
    else if (k.type === 'mvex') doubt('fragmented file (mvex box)');
    else if (k.type === 'cmov') doubt('compressed moov');
  }
  if (!mvhd) return doubt('no mvhd box');
  if (!traks.length) return doubt('no tracks');
  if (traks.length > MAX_TRACKS) return doubt(`${traks.length} tracks`);
  const movieTimescale = movieHeader(b, mvhd);
  const tracks = traks.map((t) => readTrak(b, t, movieTimescale));
  const us = formatDurationUs(tracks.map((t) => t.timing));
  if (us === null) return doubt('no stream has a duration');
  return {
    streams: tracks.map((t, index) => ({ index, ...t.stream })),
    format: { duration: printUs(us) },
  };
}

/** The movie timescale (edit durations are in it). ffprobe ignores the mvhd duration. */
function movieHeader(b: Uint8Array, mvhd: Box): number {
  const v1 = b[mvhd.body] === 1;
  if (mvhd.end - mvhd.body < (v1 ? 48 : 36) + 36) return doubt('mvhd too short');
  const timescale = u32(b, mvhd.body + (v1 ? 20 : 12));
  if (!timescale) return doubt('mvhd timescale 0');
  // a non-identity movie matrix is multiplied into every track's matrix: rare, left to ffprobe
  if (!isIdentity(b, mvhd.body + (v1 ? 48 : 36))) return doubt('movie display matrix');
  return timescale;
}

type Stream = Omit<FfprobeStream, 'index'>;

interface Track {
  stream: Stream;
  timing: StreamTiming;
}

function readTrak(b: Uint8Array, trak: Box, movieTimescale: number): Track {
  const kids = children(b, trak.body, trak.end) ?? doubt('malformed boxes in trak');
  const tkhd = only(kids, 'tkhd') ?? doubt('trak without tkhd');
  const mdia = only(kids, 'mdia') ?? doubt('trak without mdia');
  const tref = only(kids, 'tref');
  // a chapter track referenced by 'chap' becomes an attached picture in ffmpeg
  if (tref && (children(b, tref.body, tref.end) ?? doubt('malformed tref')).some((k) => k.type === 'chap')) {
    doubt('chapter track reference');
  }
  const edts = only(kids, 'edts');
  const elst = edts ? only(children(b, edts.body, edts.end) ?? doubt('malformed edts'), 'elst') : null;
  const edits = elst ? readElst(b, elst) : null;

  const mdiaKids = children(b, mdia.body, mdia.end) ?? doubt('malformed boxes in mdia');
  const mdhd = only(mdiaKids, 'mdhd') ?? doubt('mdia without mdhd');
  const hdlr = only(mdiaKids, 'hdlr') ?? doubt('mdia without hdlr');
  const minf = only(mdiaKids, 'minf') ?? doubt('mdia without minf');
  const stbl = only(children(b, minf.body, minf.end) ?? doubt('malformed minf'), 'stbl') ?? doubt('minf without stbl');
  const st = children(b, stbl.body, stbl.end) ?? doubt('malformed boxes in stbl');

  if (hdlr.end - hdlr.body < 12) doubt('hdlr too short');
  const handler = String.fromCharCode(b[hdlr.body + 8], b[hdlr.body + 9], b[hdlr.body + 10], b[hdlr.body + 11]);
  const entry = sampleEntry(b, only(st, 'stsd') ?? doubt('stbl without stsd'));
  const av = handler === 'vide' || handler === 'soun';
  if (!av && !isHarmlessTrack(handler, entry.type)) doubt(`'${handler}' track with '${entry.type}' samples`);

  const stts = readStts(b, only(st, 'stts') ?? doubt('stbl without stts'));
  const sizes = readStsz(b, only(st, 'stsz') ?? only(st, 'stz2') ?? doubt('stbl without stsz'));
  if (!only(st, 'stsc')) doubt('stbl without stsc');
  if (!only(st, 'stco') && !only(st, 'co64')) doubt('stbl without stco');
  let frames = 0;
  let ticks = 0;
  for (const e of stts) {
    frames += e.count;
    ticks += e.count * e.delta;
  }
  if (frames === 0) doubt('track without samples');
  if (frames !== sizes.count) doubt(`stts counts ${frames} samples, stsz ${sizes.count}`);
  if (!Number.isSafeInteger(ticks)) doubt('stts total too large');
  const ctts = only(st, 'ctts');
  // without an edit list ffmpeg starts the stream at the first presentation time: only 0 is certain
  if (ctts && !edits && !cttsStartsAtZero(b, ctts)) doubt('composition offsets without an edit list');

  const { timescale, duration } = mediaHeader(b, mdhd);
  const timing = streamTiming(timescale, duration, ticks, edits, movieTimescale, !av);
  if (timing.duration <= 0) doubt(`track duration ${timing.duration}`);
  if (!av) return { stream: { codec_type: 'data' }, timing };
  if (handler === 'soun') {
    return { stream: { codec_type: 'audio', codec_name: codecOrDoubt(audioCodec(b, entry)) }, timing };
  }
  const codec = codecOrDoubt(videoCodec(b, entry));
  if (entry.end - entry.body < VISUAL_ENTRY_FIELDS) doubt('visual sample entry too short');
  const width = u16(b, entry.body + 24);
  const height = u16(b, entry.body + 26);
  if (!width || !height) doubt(`sample entry size ${width}x${height}`);
  const rates = frameRates({
    timescale,
    stts,
    unreliableTimebase: codec === 'h264' || codec === 'hevc' || entry.type === 'mp4v',
    simpleEdits: edits ? simpleEdits(edits, stts) : true,
    sampleSize: sizes.at,
  });
  if (!rates.ok) return doubt(rates.reason);
  const rotation = displayRotation(b, tkhd);
  const stream: Stream = {
    codec_type: 'video',
    codec_name: codec,
    width,
    height,
    avg_frame_rate: rates.avg,
    r_frame_rate: rates.r,
    ...(rotation === null ? {} : { side_data_list: [{ rotation }] }),
  };
  return { stream, timing };
}

function codecOrDoubt(r: CodecResult): string {
  return r.ok ? r.codec : doubt(r.reason);
}

/** The one child of that type; null when absent; Doubt when repeated (ffmpeg keeps the last). */
function only(kids: Box[], type: string): Box | null {
  let found: Box | null = null;
  for (const k of kids) if (k.type === type) found = found ? doubt(`two ${type} boxes`) : k;
  return found;
}

function sampleEntry(b: Uint8Array, stsd: Box): Box {
  if (stsd.end - stsd.body < 8) doubt('stsd too short');
  const count = u32(b, stsd.body + 4);
  if (count !== 1) doubt(`stsd with ${count} entries`);
  return boxAt(b, stsd.body + 8, stsd.end) ?? doubt('malformed sample entry');
}

/** mdhd timescale and duration (an all-ones duration means unknown; ffmpeg reads it as 0). */
function mediaHeader(b: Uint8Array, mdhd: Box): { timescale: number; duration: number } {
  const v1 = b[mdhd.body] === 1;
  if (mdhd.end - mdhd.body < (v1 ? 32 : 20)) doubt('mdhd too short');
  const timescale = u32(b, mdhd.body + (v1 ? 20 : 12));
  if (!timescale) doubt('mdhd timescale 0');
  let duration = v1 ? u64(b, mdhd.body + 24) : u32(b, mdhd.body + 16);
  if (!v1 && duration === 0xffffffff) duration = 0;
  if (!Number.isSafeInteger(duration)) doubt('mdhd duration too large');
  return { timescale, duration };
}

function readStts(b: Uint8Array, stts: Box): SttsEntry[] {
  if (stts.end - stts.body < 8) doubt('stts too short');
  const n = u32(b, stts.body + 4);
  if (n > MAX_STTS_ENTRIES || stts.body + 8 + n * 8 > stts.end) doubt(`stts with ${n} entries does not fit`);
  const out: SttsEntry[] = new Array(n);
  for (let i = 0, p = stts.body + 8; i < n; i++, p += 8) out[i] = { count: u32(b, p), delta: u32(b, p + 4) };
  return out;
}

function readStsz(b: Uint8Array, box: Box): { count: number; at: (i: number) => number } {
  if (box.end - box.body < 12) doubt(`${box.type} too short`);
  const count = u32(b, box.body + 8);
  if (box.type === 'stsz') {
    const fixed = u32(b, box.body + 4);
    if (fixed) return { count, at: () => fixed };
    if (box.body + 12 + count * 4 > box.end) doubt('stsz entries do not fit');
    return { count, at: (i) => u32(b, box.body + 12 + i * 4) };
  }
  const bits = b[box.body + 7];
  if (bits !== 4 && bits !== 8 && bits !== 16) doubt(`stz2 field size ${bits}`);
  if (box.body + 12 + Math.ceil((count * bits) / 8) > box.end) doubt('stz2 entries do not fit');
  const base = box.body + 12;
  if (bits === 16) return { count, at: (i) => u16(b, base + i * 2) };
  if (bits === 8) return { count, at: (i) => b[base + i] };
  return { count, at: (i) => (i & 1 ? b[base + (i >> 1)] & 0x0f : b[base + (i >> 1)] >> 4) };
}

/** elst entries; Doubt for what ffmpeg reads differently or we do not model (rates, odd sizes). */
function readElst(b: Uint8Array, elst: Box): Edit[] | null {
  if (elst.end - elst.body < 8) return doubt('elst too short');
  const v1 = b[elst.body] === 1;
  const n = u32(b, elst.body + 4);
  const step = v1 ? 20 : 12;
  // ffmpeg trusts the box size over the count when they disagree
  if (elst.end - elst.body - 8 !== n * step) return doubt('elst count does not match its size');
  if (n > 64) return doubt(`${n} edits`);
  if (!n) return null;
  const edits: Edit[] = [];
  for (let i = 0, p = elst.body + 8; i < n; i++, p += step) {
    const duration = v1 ? u64(b, p) : u32(b, p);
    const mediaTime = v1 ? i64(b, p + 8) : i32(b, p + 4);
    const rate = u32(b, p + (v1 ? 16 : 8));
    if (!Number.isSafeInteger(duration) || !(mediaTime >= -1)) return doubt('edit with an odd time');
    if (rate !== 0x10000) return doubt('edit with a rate other than 1');
    edits.push({ duration, mediaTime });
  }
  return edits;
}

/** Leading empty edits then one edit starting within the first samples (see rate.ts). */
function simpleEdits(edits: Edit[], stts: SttsEntry[]): boolean {
  const media = edits.filter((e) => e.mediaTime !== -1);
  if (media.length > 1 || edits.findIndex((e) => e.mediaTime !== -1) < edits.length - 1) return false;
  if (!media.length) return true;
  let ticks = 0;
  let left = EDIT_SLACK_SAMPLES;
  for (const e of stts) {
    const k = Math.min(left, e.count);
    ticks += k * e.delta;
    left -= k;
    if (!left) break;
  }
  return media[0].mediaTime <= ticks;
}

/** ctts whose first offset is 0 and none negative: the first presentation time is 0. */
function cttsStartsAtZero(b: Uint8Array, ctts: Box): boolean {
  if (ctts.end - ctts.body < 8) return false;
  const n = u32(b, ctts.body + 4);
  if (ctts.body + 8 + n * 8 > ctts.end) return false;
  for (let i = 0, p = ctts.body + 8; i < n; i++, p += 8) {
    const offset = i32(b, p + 4);
    if (offset < 0 || (i === 0 && offset !== 0)) return false;
  }
  return true;
}

const IDENTITY = [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];

function isIdentity(b: Uint8Array, at: number): boolean {
  for (let i = 0; i < 9; i++) if (i32(b, at + i * 4) !== IDENTITY[i]) return false;
  return true;
}

/**
 * ffprobe's "rotation" for the tkhd matrix: -atan2(b, a) in degrees, truncated to an integer,
 * as av_display_rotation_get and ffprobe's print_int compute it. null for the identity (ffmpeg
 * exports no display matrix then). Only quarter turns and flips are read; other matrices are doubted.
 */
function displayRotation(b: Uint8Array, tkhd: Box): number | null {
  const v1 = b[tkhd.body] === 1;
  const at = tkhd.body + (v1 ? 52 : 40);
  if (at + 36 > tkhd.end) return doubt('tkhd too short');
  if (isIdentity(b, at)) return null;
  const m = Array.from({ length: 9 }, (_, i) => i32(b, at + i * 4));
  const unit = (x: number) => x === 0 || x === 0x10000 || x === -0x10000;
  const [ma, mb, , mc, md] = [m[0], m[1], m[2], m[3], m[4]];
  const quarter = [ma, mb, mc, md].every(unit) && (ma && md ? !mb && !mc : !ma && !md && mb && mc);
  if (!quarter || m[2] !== 0 || m[5] !== 0 || m[8] !== 0x40000000) return doubt('display matrix other than a quarter turn or flip');
  const fp = (x: number) => x / 65536;
  const s0 = Math.hypot(fp(ma), fp(mc));
  const s1 = Math.hypot(fp(mb), fp(md));
  const deg = -((Math.atan2(fp(mb) / s1, fp(ma) / s0) * 180) / Math.PI);
  return Math.trunc(deg) || 0;
}
