import type { ReadFailure } from '../../types.js';
import { type Box, children, u16, u32, u64 } from '../fast/boxes.js';
import { locateMoov } from '../fast/locate.js';
import type { ByteSource } from '../source.js';
import { type DeepAnswer, unanswerable, Unanswerable, verdict } from './answer.js';
import { readThrough } from './read.js';

/** One track's sample tables, as views into the moov. */
interface Track {
  /** 1-based, in moov order (ffprobe's stream index + 1). */
  number: number;
  what: string;
  sampleCount: number;
  /** The samples stts gives durations to. */
  timedSamples: number;
  sizeAt: (i: number) => number;
  /** Set when every sample has this size (a chunk's bytes are then computed, not summed). */
  fixed: number;
  chunkCount: number;
  chunkAt: (i: number) => number;
  /** stsc: [first chunk (1-based), samples per chunk] per entry. */
  runs: [number, number][];
}

/** A sample whose bytes a demuxer cannot read: the one nearest the start of the file is reported. */
interface Bad {
  at: number;
  failure: ReadFailure;
}

/**
 * MP4/MOV (non-fragmented) at demuxer level, without ffprobe: from every track's sample tables
 * (stsz/stz2, stsc, stco/co64), every sample's bytes must lie inside the file and inside an mdat
 * box, the chunks must hold exactly the samples the tables list, and every sample byte is read
 * through the source. Anything the tables cannot answer (fragments, external data, malformed
 * boxes) is left to ffprobe.
 */
export async function deepMp4(src: ByteSource, size: number): Promise<DeepAnswer> {
  const located = await locateMoov(src, size);
  if (!located.ok) return { answered: false, reason: located.reason };
  let tracks: Track[];
  try {
    tracks = sampleTables(located.moov);
  } catch (err) {
    if (err instanceof Unanswerable) return { answered: false, reason: err.message };
    throw err;
  }
  const mdats: Span[] = located.mdats;
  // the extent of sample bytes in each mdat: what is read afterwards
  const lo = mdats.map(() => Infinity);
  const hi = mdats.map(() => -Infinity);
  let bad: Bad | null = null;
  const report = (b: Bad) => {
    if (!bad || b.at < bad.at) bad = b;
  };

  for (const t of tracks) {
    const name = `track ${t.number} (${t.what})`;
    if (t.timedSamples !== t.sampleCount) {
      return verdict({ reason: 'corrupt', detail: `${name}: the time table lists ${t.timedSamples} samples, the size table ${t.sampleCount}` });
    }
    let sample = 0;
    let mdat = 0;
    for (let r = 0; r < t.runs.length; r++) {
      const [first, perChunk] = t.runs[r];
      const last = r + 1 < t.runs.length ? Math.min(t.runs[r + 1][0] - 1, t.chunkCount) : t.chunkCount;
      for (let c = first; c <= last; c++) {
        if (sample + perChunk > t.sampleCount) {
          return verdict({ reason: 'corrupt', detail: `${name}: its chunks hold more samples than the ${t.sampleCount} its size table lists` });
        }
        const start = t.chunkAt(c - 1);
        let end = start + t.fixed * perChunk;
        if (!t.fixed) for (let k = 0; k < perChunk; k++) end += t.sizeAt(sample + k);
        if (end > start) {
          // samples of one track usually sit in one mdat: try the last one first
          if (!inside(mdats[mdat], start, end)) mdat = mdats.findIndex((m) => inside(m, start, end));
          if (mdat >= 0) {
            lo[mdat] = Math.min(lo[mdat], start);
            hi[mdat] = Math.max(hi[mdat], end);
          } else {
            report(badSample(t, name, sample, perChunk, start, size, mdats));
            mdat = 0;
          }
        }
        sample += perChunk;
      }
    }
    if (sample < t.sampleCount) {
      return verdict({ reason: 'corrupt', detail: `${name}: its chunks hold ${sample} samples, its size table lists ${t.sampleCount}` });
    }
  }
  if (bad) return verdict((bad as Bad).failure);

  for (let i = 0; i < mdats.length; i++) {
    if (lo[i] >= hi[i]) continue;
    const ended = await readThrough(src, lo[i], hi[i], size);
    if (ended !== null) return verdict({ reason: 'truncated', detail: `the source ended at byte ${ended}, inside the media data` });
  }
  return verdict(null);
}

type Span = { start: number; end: number };

const inside = (m: Span | undefined, start: number, end: number): boolean => !!m && start >= m.start && end <= m.end;

/** The first sample of a chunk that does not lie inside one mdat, said precisely. */
function badSample(t: Track, name: string, first: number, count: number, chunkStart: number, size: number, mdats: Span[]): Bad {
  let start = chunkStart;
  let i = first;
  if (t.fixed) {
    // samples of one size: the first that leaves the mdat the chunk starts in is computed, not walked to
    const m = mdats.find((m) => inside(m, start, start + t.fixed));
    const k = m ? Math.floor((m.end - start) / t.fixed) : 0;
    i += k;
    start += k * t.fixed;
  }
  for (; i < first + count; i++) {
    const end = start + t.sizeAt(i);
    if (end > start && !mdats.some((m) => inside(m, start, end))) {
      const which = `${name}, sample ${i + 1} of ${t.sampleCount}`;
      const bytes = `bytes ${start}-${end - 1}`;
      // a file cut short ends inside (or right before) the samples; an offset beyond the end is a bad table
      if (end > size) {
        const cut = start <= size;
        const detail = `${which}: ${bytes} ${cut ? 'run' : 'lie'} past the end of the file (${size} bytes)`;
        return { at: start, failure: { reason: cut ? 'truncated' : 'corrupt', detail } };
      }
      return { at: start, failure: { reason: 'corrupt', detail: `${which}: ${bytes} are not inside an mdat box` } };
    }
    start = end;
  }
  // each sample lies in an mdat but the chunk spans two: its samples are not where the table says
  return { at: chunkStart, failure: { reason: 'corrupt', detail: `${name}: the chunk at byte ${chunkStart} runs across two mdat boxes` } };
}

const TRACK_NAMES: Record<string, string> = { vide: 'video', soun: 'audio', text: 'text', sbtl: 'subtitles', subt: 'subtitles', tmcd: 'timecode', hint: 'hint' };

function sampleTables(b: Uint8Array): Track[] {
  const moov = kidsOf(b, { type: 'moov', start: 0, body: 8, end: b.length }, 'moov');
  const traks = moov.filter((k) => k.type === 'trak');
  if (!traks.length) unanswerable('no tracks');
  return traks.map((trak, i) => {
    const mdia = one(kidsOf(b, trak, 'trak'), 'mdia');
    const mdiaKids = kidsOf(b, mdia, 'mdia');
    const hdlr = one(mdiaKids, 'hdlr');
    const handler = hdlr.end - hdlr.body >= 12 ? String.fromCharCode(...b.subarray(hdlr.body + 8, hdlr.body + 12)) : '';
    const minfKids = kidsOf(b, one(mdiaKids, 'minf'), 'minf');
    selfContained(b, minfKids);
    const st = kidsOf(b, one(minfKids, 'stbl'), 'stbl');
    const sizes = sampleSizes(b, optional(st, 'stsz') ?? one(st, 'stz2'));
    const chunks = chunkOffsets(b, optional(st, 'stco') ?? one(st, 'co64'));
    return {
      number: i + 1,
      what: TRACK_NAMES[handler] ?? (/^[\x20-\x7e]{4}$/.test(handler) ? `'${handler}'` : 'media'),
      ...sizes,
      timedSamples: timedSamples(b, one(st, 'stts')),
      ...chunks,
      runs: chunkRuns(b, one(st, 'stsc'), chunks.chunkCount),
    };
  });
}

function kidsOf(b: Uint8Array, box: Box, what: string): Box[] {
  return children(b, box.body, box.end) ?? unanswerable(`malformed boxes in ${what}`);
}

function optional(kids: Box[], type: string): Box | null {
  const found = kids.filter((k) => k.type === type);
  return found.length > 1 ? unanswerable(`two ${type} boxes`) : (found[0] ?? null);
}

function one(kids: Box[], type: string): Box {
  return optional(kids, type) ?? unanswerable(`no ${type} box`);
}

/** Samples in another file (a data reference without the self-contained flag) are not ours to read. */
function selfContained(b: Uint8Array, minfKids: Box[]): void {
  const dinf = optional(minfKids, 'dinf');
  const dref = dinf && optional(kidsOf(b, dinf, 'dinf'), 'dref');
  if (!dref) return;
  if (dref.end - dref.body < 8) unanswerable('dref too short');
  for (const entry of children(b, dref.body + 8, dref.end) ?? unanswerable('malformed dref')) {
    if (entry.end - entry.body < 4 || !(b[entry.body + 3] & 1)) unanswerable('samples in another file');
  }
}

function sampleSizes(b: Uint8Array, box: Box): Pick<Track, 'sampleCount' | 'sizeAt' | 'fixed'> {
  if (box.end - box.body < 12) unanswerable(`${box.type} too short`);
  const count = u32(b, box.body + 8);
  const base = box.body + 12;
  if (box.type === 'stsz') {
    const fixed = u32(b, box.body + 4);
    if (fixed) return { sampleCount: count, sizeAt: () => fixed, fixed };
    if (base + count * 4 > box.end) unanswerable('stsz entries do not fit');
    return { sampleCount: count, sizeAt: (i) => u32(b, base + i * 4), fixed: 0 };
  }
  const bits = b[box.body + 7];
  if (bits !== 4 && bits !== 8 && bits !== 16) unanswerable(`stz2 field size ${bits}`);
  if (base + Math.ceil((count * bits) / 8) > box.end) unanswerable('stz2 entries do not fit');
  if (bits === 16) return { sampleCount: count, sizeAt: (i) => u16(b, base + i * 2), fixed: 0 };
  if (bits === 8) return { sampleCount: count, sizeAt: (i) => b[base + i], fixed: 0 };
  return { sampleCount: count, sizeAt: (i) => (i & 1 ? b[base + (i >> 1)] & 0x0f : b[base + (i >> 1)] >> 4), fixed: 0 };
}

function chunkOffsets(b: Uint8Array, box: Box): Pick<Track, 'chunkCount' | 'chunkAt'> {
  if (box.end - box.body < 8) unanswerable(`${box.type} too short`);
  const n = u32(b, box.body + 4);
  const base = box.body + 8;
  const wide = box.type === 'co64';
  if (base + n * (wide ? 8 : 4) > box.end) unanswerable(`${box.type} entries do not fit`);
  if (!wide) return { chunkCount: n, chunkAt: (i) => u32(b, base + i * 4) };
  // an offset past 2^53 is NaN: it lies in no mdat, so it is reported, never read
  return { chunkCount: n, chunkAt: (i) => u64(b, base + i * 8) };
}

function timedSamples(b: Uint8Array, stts: Box): number {
  if (stts.end - stts.body < 8) unanswerable('stts too short');
  const n = u32(b, stts.body + 4);
  if (stts.body + 8 + n * 8 > stts.end) unanswerable('stts entries do not fit');
  let total = 0;
  for (let i = 0, p = stts.body + 8; i < n; i++, p += 8) total += u32(b, p);
  return total;
}

/** stsc runs; first chunks must rise from 1 (ffmpeg repairs other tables in ways not modelled here). */
function chunkRuns(b: Uint8Array, stsc: Box, chunks: number): [number, number][] {
  if (stsc.end - stsc.body < 8) unanswerable('stsc too short');
  const n = u32(b, stsc.body + 4);
  if (stsc.body + 8 + n * 12 > stsc.end) unanswerable('stsc entries do not fit');
  const runs: [number, number][] = [];
  for (let i = 0, p = stsc.body + 8; i < n; i++, p += 12) {
    const first = u32(b, p);
    const perChunk = u32(b, p + 4);
    if (first < 1 || (i === 0 && first !== 1) || (i > 0 && first <= runs[i - 1][0]) || perChunk < 1) unanswerable(`stsc entry ${i + 1}`);
    if (first > chunks) break;
    runs.push([first, perChunk]);
  }
  if (!runs.length && chunks > 0) unanswerable('stsc without entries');
  return runs;
}
