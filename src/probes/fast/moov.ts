import type { FfprobeJson, FfprobeStream } from '../ffprobe.js';
import { type Box, boxAt, children, fourcc, i32, i64, u16, u32, u64 } from './boxes.js';
import { audioCodec, avcSps, hevcSps, isHarmlessTrack, videoCodec, VISUAL_ENTRY_FIELDS, type CodecResult } from './codecs.js';
import { frameRates, type SttsEntry } from './rate.js';
import { h264DisplayedSize, h264SpsSize, hevcSpsSize } from './sps.js';
import { type Edit, formatDurationUs, printUs, type StreamTiming, streamTiming } from './timing.js';

/** The reader is not sure it would agree with ffprobe: the caller falls back to ffprobe. */
export class Doubt extends Error {}

const doubt = (reason: string): never => {
  throw new Doubt(reason);
};

const MAX_TRACKS = 64;

/**
 * Boxes we expect in each container. ffmpeg parses a known box wherever it appears (a 'traf' in a
 * moov, say), so a box we do not expect there is a file we doubt.
 */
const EXPECTED: Record<string, Set<string>> = {
  moov: new Set(['mvhd', 'trak', 'udta', 'meta', 'iods', 'free', 'skip', 'wide', 'ctab', 'clip', 'mvex', 'cmov']),
  trak: new Set(['tkhd', 'mdia', 'edts', 'tref', 'udta', 'meta', 'free', 'skip', 'load', 'tapt', 'txas', 'clip', 'matt', 'imap']),
  mdia: new Set(['mdhd', 'hdlr', 'minf', 'elng', 'udta', 'free', 'skip']),
  minf: new Set(['vmhd', 'smhd', 'hmhd', 'nmhd', 'gmhd', 'sthd', 'dinf', 'hdlr', 'stbl', 'free', 'skip']),
  stbl: new Set(['stsd', 'stts', 'stsz', 'stz2', 'stsc', 'stco', 'co64', 'ctts', 'stss', 'stps', 'sdtp', 'sgpd', 'sbgp', 'cslg', 'subs', 'free', 'skip']),
};

function kids(b: Uint8Array, box: Box): Box[] {
  const list = children(b, box.body, box.end) ?? doubt(`malformed boxes in ${box.type}`);
  const expected = EXPECTED[box.type];
  const odd = expected && list.find((k) => !expected.has(k.type));
  if (odd) doubt(`unexpected '${odd.type.replace(/[^\x20-\x7e]/g, '?')}' box in ${box.type}`);
  return list;
}

/** Full-box version: ffmpeg refuses versions past 1 in mvhd and mdhd. */
function version(b: Uint8Array, box: Box): 0 | 1 {
  const v = b[box.body];
  return v === 0 || v === 1 ? v : doubt(`${box.type} version ${v}`);
}
const MAX_STTS_ENTRIES = 4_000_000;
/** Leading samples an edit may skip without moving ffmpeg's frame-rate window (see rate.ts). */
const EDIT_SLACK_SAMPLES = 4;

/**
 * A moov box -> the subset of ffprobe's JSON that normaliseFfprobe reads, computed the way
 * ffmpeg's mov demuxer computes it. Throws Doubt for anything it is not sure of.
 */
export function readMoov(b: Uint8Array): FfprobeJson {
  const moov = boxAt(b, 0, b.length) ?? doubt('unreadable moov header');
  let mvhd: Box | null = null;
  const traks: Box[] = [];
  for (const k of kids(b, moov)) {
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
  // ffmpeg turns a video track named as chapters into an attached picture (normaliseFfprobe then
  // skips it); text chapter tracks stay plain data streams
  const chapters = new Set(tracks.flatMap((t) => t.chapters));
  if (tracks.some((t) => chapters.has(t.id) && t.stream.codec_type === 'video')) doubt('video chapter track');
  const us = formatDurationUs(tracks.map((t) => t.timing));
  if (us === null) return doubt('no stream has a duration');
  return {
    streams: tracks.map((t, index) => ({ index, ...t.stream })),
    format: { duration: printUs(us) },
  };
}

/** The movie timescale (edit durations are in it). ffprobe ignores the mvhd duration. */
function movieHeader(b: Uint8Array, mvhd: Box): number {
  const v1 = version(b, mvhd) === 1;
  if (mvhd.end - mvhd.body < (v1 ? 48 : 36) + 36) return doubt('mvhd too short');
  const timescale = u32(b, mvhd.body + (v1 ? 20 : 12));
  // ffmpeg reads it into an int and replaces values <= 0
  if (!timescale || timescale >= 2 ** 31) return doubt(`mvhd timescale ${timescale}`);
  // a non-identity movie matrix is multiplied into every track's matrix: rare, left to ffprobe
  if (!isIdentity(b, mvhd.body + (v1 ? 48 : 36))) return doubt('movie display matrix');
  return timescale;
}

type Stream = Omit<FfprobeStream, 'index'>;

interface Track {
  stream: Stream;
  timing: StreamTiming;
  id: number;
  /** Track IDs this track names in a tref 'chap'. */
  chapters: number[];
}

function readTrak(b: Uint8Array, trak: Box, movieTimescale: number): Track {
  const trakKids = kids(b, trak);
  const tkhd = only(trakKids, 'tkhd') ?? doubt('trak without tkhd');
  const mdia = only(trakKids, 'mdia') ?? doubt('trak without mdia');
  const tref = only(trakKids, 'tref');
  const chapters: number[] = [];
  for (const k of tref ? (children(b, tref.body, tref.end) ?? doubt('malformed tref')) : []) {
    if (k.type === 'chap') for (let p = k.body; p + 4 <= k.end; p += 4) chapters.push(u32(b, p));
  }
  const id = trackId(b, tkhd);
  const edts = only(trakKids, 'edts');
  const elst = edts ? only(children(b, edts.body, edts.end) ?? doubt('malformed edts'), 'elst') : null;
  const edits = elst ? readElst(b, elst) : null;

  const mdiaKids = kids(b, mdia);
  const mdhd = only(mdiaKids, 'mdhd') ?? doubt('mdia without mdhd');
  const hdlr = only(mdiaKids, 'hdlr') ?? doubt('mdia without hdlr');
  const minf = only(mdiaKids, 'minf') ?? doubt('mdia without minf');
  const minfKids = kids(b, minf);
  const stbl = only(minfKids, 'stbl') ?? doubt('minf without stbl');
  const st = kids(b, stbl);
  const dinf = only(minfKids, 'dinf');
  const drefs = dinf ? readDref(b, only(children(b, dinf.body, dinf.end) ?? doubt('malformed dinf'), 'dref')) : 0;

  if (hdlr.end - hdlr.body < 12) doubt('hdlr too short');
  const handler = String.fromCharCode(b[hdlr.body + 8], b[hdlr.body + 9], b[hdlr.body + 10], b[hdlr.body + 11]);
  const entry = sampleEntry(b, only(st, 'stsd') ?? doubt('stbl without stsd'));
  if (entry.end - entry.body < 8) doubt('sample entry too short');
  const drefIndex = u16(b, entry.body + 6);
  if (drefs && (drefIndex < 1 || drefIndex > drefs)) doubt(`sample entry refers to data reference ${drefIndex}`);
  // tables ffmpeg reads entry by entry: a count past the box makes it read on into other boxes
  for (const [type, step] of [['stss', 4], ['stps', 4], ['ctts', 8]] as const) {
    const t = only(st, type);
    if (t && (t.end - t.body < 8 || t.body + 8 + u32(b, t.body + 4) * step > t.end)) doubt(`${type} entries do not fit`);
  }
  const av = handler === 'vide' || handler === 'soun';
  if (!av && !isHarmlessTrack(handler, entry.type)) doubt(`'${handler}' track with '${entry.type}' samples`);

  const stts = readStts(b, only(st, 'stts') ?? doubt('stbl without stts'));
  const sizes = readStsz(b, only(st, 'stsz') ?? only(st, 'stz2') ?? doubt('stbl without stsz'));
  let frames = 0;
  let ticks = 0;
  for (const e of stts) {
    // ffmpeg rewrites deltas past its max_stts_delta (negative int32 corrections)
    if (e.delta >= 2 ** 31) doubt(`stts delta ${e.delta}`);
    frames += e.count;
    ticks += e.count * e.delta;
  }
  if (frames === 0) doubt('track without samples');
  if (frames !== sizes.count) doubt(`stts counts ${frames} samples, stsz ${sizes.count}`);
  if (sizes.max > 0x3fffffff) doubt('sample size too large');
  // ffmpeg stops indexing a track whose chunks hold more samples than stsz lists (and then skips its edit list)
  const chunks = chunkCount(b, only(st, 'stco') ?? only(st, 'co64') ?? doubt('stbl without stco'));
  const inChunks = samplesInChunks(b, only(st, 'stsc') ?? doubt('stbl without stsc'), chunks);
  if (inChunks !== frames) doubt(`chunks hold ${inChunks} samples, stsz lists ${frames}`);
  if (!Number.isSafeInteger(ticks)) doubt('stts total too large');
  const ctts = only(st, 'ctts');
  // without an edit list ffmpeg starts the stream at the first presentation time: only 0 is certain
  if (ctts && !edits && !cttsStartsAtZero(b, ctts)) doubt('composition offsets without an edit list');

  const { timescale, duration } = mediaHeader(b, mdhd);
  const timing = streamTiming(timescale, duration, ticks, edits, movieTimescale, !av);
  if (timing.duration <= 0) doubt(`track duration ${timing.duration}`);
  if (!av) return { stream: { codec_type: 'data' }, timing, id, chapters };
  if (handler === 'soun') {
    return { stream: { codec_type: 'audio', codec_name: codecOrDoubt(audioCodec(b, entry)) }, timing, id, chapters };
  }
  const codec = codecOrDoubt(videoCodec(b, entry));
  // for these ffmpeg takes the size from the bitstream header, not the sample entry
  if (codec === 'mpeg4' || codec === 'h263') doubt(`${codec} sizes come from the bitstream`);
  if (entry.end - entry.body < VISUAL_ENTRY_FIELDS) doubt('visual sample entry too short');
  const width = u16(b, entry.body + 24);
  const height = u16(b, entry.body + 26);
  if (!width || !height) doubt(`sample entry size ${width}x${height}`);
  if (codec === 'h264') {
    // ffprobe reports the decoder's size, from the SPS; agree only when the sample entry says the same
    const sps = avcSps(b, entry);
    const size = sps && h264SpsSize(sps);
    if (!size) doubt('unreadable H.264 SPS');
    const [w, h] = h264DisplayedSize(size!, width, height);
    if (w !== width || h !== height) doubt(`SPS size ${w}x${h}, sample entry ${width}x${height}`);
  }
  if (codec === 'hevc') {
    const sps = hevcSps(b, entry);
    const size = sps && hevcSpsSize(sps);
    if (!size) doubt('unreadable HEVC SPS');
    if (size!.width !== width || size!.height !== height) doubt(`SPS size ${size!.width}x${size!.height}, sample entry ${width}x${height}`);
  }
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
  return { stream, timing, id, chapters };
}

function trackId(b: Uint8Array, tkhd: Box): number {
  const at = tkhd.body + (b[tkhd.body] === 1 ? 20 : 12);
  return at + 4 <= tkhd.end ? u32(b, at) : doubt('tkhd too short');
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
  // ffmpeg reads a sample entry's size literally: no "to the end" 0, no 64-bit 1
  if (stsd.end - stsd.body < 16 || u32(b, stsd.body + 8) < 16) doubt('sample entry size under 16');
  return boxAt(b, stsd.body + 8, stsd.end) ?? doubt('malformed sample entry');
}

/** mdhd timescale and duration. */
function mediaHeader(b: Uint8Array, mdhd: Box): { timescale: number; duration: number } {
  const v1 = version(b, mdhd) === 1;
  if (mdhd.end - mdhd.body < (v1 ? 32 : 20)) doubt('mdhd too short');
  const timescale = u32(b, mdhd.body + (v1 ? 20 : 12));
  if (!timescale || timescale >= 2 ** 31) doubt(`mdhd timescale ${timescale}`);
  const duration = v1 ? u64(b, mdhd.body + 24) : u32(b, mdhd.body + 16);
  // 0 and all-ones mean unknown; ffmpeg versions differ on them
  if (!duration || duration === 0xffffffff || !Number.isSafeInteger(duration)) doubt(`mdhd duration ${duration}`);
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

interface SampleSizes {
  count: number;
  max: number;
  at: (i: number) => number;
}

function readStsz(b: Uint8Array, box: Box): SampleSizes {
  if (box.end - box.body < 12) doubt(`${box.type} too short`);
  const count = u32(b, box.body + 8);
  const base = box.body + 12;
  if (box.type === 'stsz') {
    const fixed = u32(b, box.body + 4);
    if (fixed) return { count, max: fixed, at: () => fixed };
    if (base + count * 4 > box.end) doubt('stsz entries do not fit');
    let max = 0;
    for (let i = 0, p = base; i < count; i++, p += 4) max = Math.max(max, u32(b, p));
    return { count, max, at: (i) => u32(b, base + i * 4) };
  }
  const bits = b[box.body + 7];
  if (bits !== 4 && bits !== 8 && bits !== 16) doubt(`stz2 field size ${bits}`);
  if (base + Math.ceil((count * bits) / 8) > box.end) doubt('stz2 entries do not fit');
  if (bits === 16) return { count, max: 0xffff, at: (i) => u16(b, base + i * 2) };
  if (bits === 8) return { count, max: 0xff, at: (i) => b[base + i] };
  return { count, max: 0xf, at: (i) => (i & 1 ? b[base + (i >> 1)] & 0x0f : b[base + (i >> 1)] >> 4) };
}

function chunkCount(b: Uint8Array, box: Box): number {
  if (box.end - box.body < 8) doubt(`${box.type} too short`);
  const n = u32(b, box.body + 4);
  if (box.body + 8 + n * (box.type === 'co64' ? 8 : 4) > box.end) doubt(`${box.type} entries do not fit`);
  return n;
}

/**
 * Samples the chunks hold, walking stsc as ffmpeg's mov_build_index does. Entries ffmpeg would
 * repair (first chunks not increasing, zero counts) or skip (another sample description) are doubted.
 */
function samplesInChunks(b: Uint8Array, stsc: Box, chunks: number): number {
  if (stsc.end - stsc.body < 8) doubt('stsc too short');
  const n = u32(b, stsc.body + 4);
  if (!n || stsc.body + 8 + n * 12 > stsc.end) doubt(`stsc with ${n} entries`);
  const first = (i: number) => u32(b, stsc.body + 8 + i * 12);
  const count = (i: number) => u32(b, stsc.body + 12 + i * 12);
  for (let i = 0; i < n; i++) {
    const id = u32(b, stsc.body + 16 + i * 12);
    if (first(i) < i + 1 || (i && first(i) <= first(i - 1)) || count(i) < 1 || id !== 1) doubt(`stsc entry ${i}`);
  }
  if (first(0) !== 1) doubt('stsc does not start at chunk 1');
  // entry i covers chunks first(i) .. first(i+1)-1; the last runs to the last chunk
  let total = 0;
  for (let i = 0; i < n && first(i) <= chunks; i++) {
    const upto = i + 1 < n ? Math.min(first(i + 1) - 1, chunks) : chunks;
    total += (upto - first(i) + 1) * count(i);
  }
  return total;
}

/**
 * The number of data references, all in this file. Doubt for what makes ffmpeg fail (counts past
 * the box, entries under 12 bytes) or look elsewhere (a Mac alias record to another file).
 */
function readDref(b: Uint8Array, dref: Box | null): number {
  if (!dref) return doubt('dinf without dref');
  if (dref.end - dref.body < 8) return doubt('dref too short');
  const n = u32(b, dref.body + 4);
  if (n < 1 || n > 16) return doubt(`dref with ${n} entries`);
  let p = dref.body + 8;
  for (let i = 0; i < n; i++) {
    // sizes are read literally here (no 0 or 64-bit forms), as ffmpeg reads them
    const size = p + 12 <= dref.end ? u32(b, p) : 0;
    if (size < 12 || p + size > dref.end) return doubt('malformed dref entry');
    if (fourcc(b, p + 4) === 'alis' && size > 150) return doubt('data reference to another file');
    p += size;
  }
  return n;
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
