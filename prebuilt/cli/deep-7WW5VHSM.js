import {
  Blocks,
  CHAIN,
  HEAD_BYTES,
  SourceReadError as SourceReadError2,
  ascii,
  audioEnd,
  children,
  follow,
  frameAt,
  locateMoov,
  skipId3v2,
  u16,
  u32,
  u64
} from "./chunk-ZISPTYH5.js";
import {
  SourceReadError,
  guarded
} from "./chunk-K2LW2AEP.js";
import "./chunk-DESKUQSG.js";
import "./chunk-SRTY4ZIH.js";

// src/probes/deep/answer.ts
var verdict = (failure) => ({ answered: true, failure });
var Unanswerable = class extends Error {
};
var unanswerable = (reason) => {
  throw new Unanswerable(reason);
};

// src/probes/deep/read.ts
var PIECE = 1024 * 1024;
var TAIL = 16 * 1024;
function pieceEnd(from, end, size) {
  let to = Math.min(end, from + PIECE);
  for (const edge of [HEAD_BYTES, size - TAIL]) if (edge > from && edge < to) to = edge;
  return to;
}
async function readThrough(src, from, to, size) {
  for (let at = from; at < to; ) {
    const want = pieceEnd(at, to, size) - at;
    const got = (await src.read(at, want)).length;
    if (got < want) return at + got;
    at += got;
  }
  return null;
}

// src/probes/deep/mp3.ts
var FIRST_WITHIN = 8 * 1024;
async function deepMp3(src, size) {
  const blocks = new Blocks(src, size);
  const start = await skipId3v2(blocks);
  if (typeof start !== "number") return verdict(start);
  const end = await lyricsEnd(blocks, start, await audioEnd(blocks, start));
  if (end <= start) return { answered: false, reason: "no audio between the tags" };
  let bufStart = start;
  let buf = await src.read(start, pieceEnd(start, end, size) - start);
  let first = -1;
  for (let p = 0; p + 4 <= buf.length && p < FIRST_WITHIN; p++) {
    if (buf[p] !== 255) continue;
    const c = follow(buf, p, bufStart + buf.length === end, CHAIN);
    if (c.frames >= CHAIN || c.exact && c.frames > 0) {
      first = p;
      break;
    }
  }
  if (first < 0) return { answered: false, reason: "no run of MPEG audio frames at the start" };
  const key = frameAt(buf, first).key;
  let pos = start + first;
  let frames = 0;
  while (pos < end) {
    const bufEnd = bufStart + buf.length;
    if (pos + 4 > bufEnd && bufEnd < end) {
      const from = Math.min(pos, bufEnd);
      const want = Math.max(pieceEnd(from, end, size), Math.min(end, pos + 4)) - from;
      buf = await src.read(from, want);
      bufStart = from;
      if (buf.length < want) {
        return verdict({ reason: "truncated", detail: `the source ended at byte ${from + buf.length}, inside the audio` });
      }
      continue;
    }
    const frame = frameAt(buf, pos - bufStart);
    if (!frame || frame.key !== key) {
      if (await zerosTo(src, pos, end)) break;
      const what = frame ? "a frame header of another stream (version, layer or sample rate)" : "no MPEG audio frame header";
      if (!frame && buf[pos - bufStart] === 255 && end - pos < 4) {
        return verdict({ reason: "truncated", detail: `MPEG audio frame ${frames + 1} at byte ${pos} is cut inside its header` });
      }
      return verdict({ reason: "corrupt", detail: `${what} at byte ${pos}, where frame ${frames + 1} should start` });
    }
    if (pos + frame.length > end) {
      const missing = pos + frame.length - end;
      return verdict({ reason: "truncated", detail: `MPEG audio frame ${frames + 1} at byte ${pos} is cut: ${missing} bytes missing` });
    }
    frames++;
    pos += frame.length;
  }
  return verdict(null);
}
async function zerosTo(src, from, to) {
  for (let at = from; at < to; ) {
    const piece = await src.read(at, Math.min(PIECE, to - at));
    if (!piece.length) return false;
    for (const byte of piece) if (byte !== 0) return false;
    at += piece.length;
  }
  return true;
}
async function lyricsEnd(b, start, end) {
  if (end - start < 20) return end;
  const trailer = ascii(await b.bytes(end - 15, 15), 0, 15);
  if (trailer.endsWith("LYRICS200")) {
    const tagSize = Number(trailer.slice(0, 6));
    const begin = end - 15 - tagSize;
    if (/^\d{6}$/.test(trailer.slice(0, 6)) && begin >= start && ascii(await b.bytes(begin, 11), 0, 11) === "LYRICSBEGIN") return begin;
  } else if (trailer.endsWith("LYRICSEND")) {
    const from = Math.max(start, end - 9 - 5100 - 11);
    const text = ascii(await b.bytes(from, end - from), 0, end - from);
    const at = text.lastIndexOf("LYRICSBEGIN");
    if (at >= 0) return from + at;
  }
  return end;
}

// src/probes/deep/mp4.ts
async function deepMp4(src, size) {
  const located = await locateMoov(src, size);
  if (!located.ok) return { answered: false, reason: located.reason };
  let tracks;
  try {
    tracks = sampleTables(located.moov);
  } catch (err) {
    if (err instanceof Unanswerable) return { answered: false, reason: err.message };
    throw err;
  }
  const mdats = located.mdats;
  const lo = mdats.map(() => Infinity);
  const hi = mdats.map(() => -Infinity);
  let bad = null;
  const report = (b) => {
    if (!bad || b.at < bad.at) bad = b;
  };
  for (const t of tracks) {
    const name = `track ${t.number} (${t.what})`;
    if (t.timedSamples !== t.sampleCount) {
      return verdict({ reason: "corrupt", detail: `${name}: the time table lists ${t.timedSamples} samples, the size table ${t.sampleCount}` });
    }
    let sample = 0;
    let mdat = 0;
    for (let r = 0; r < t.runs.length; r++) {
      const [first, perChunk] = t.runs[r];
      const last = r + 1 < t.runs.length ? Math.min(t.runs[r + 1][0] - 1, t.chunkCount) : t.chunkCount;
      for (let c = first; c <= last; c++) {
        if (sample + perChunk > t.sampleCount) {
          return verdict({ reason: "corrupt", detail: `${name}: its chunks hold more samples than the ${t.sampleCount} its size table lists` });
        }
        const start = t.chunkAt(c - 1);
        let end = start + t.fixed * perChunk;
        if (!t.fixed) for (let k = 0; k < perChunk; k++) end += t.sizeAt(sample + k);
        if (end > start) {
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
      return verdict({ reason: "corrupt", detail: `${name}: its chunks hold ${sample} samples, its size table lists ${t.sampleCount}` });
    }
  }
  if (bad) return verdict(bad.failure);
  for (let i = 0; i < mdats.length; i++) {
    if (lo[i] >= hi[i]) continue;
    const ended = await readThrough(src, lo[i], hi[i], size);
    if (ended !== null) return verdict({ reason: "truncated", detail: `the source ended at byte ${ended}, inside the media data` });
  }
  return verdict(null);
}
var inside = (m, start, end) => !!m && start >= m.start && end <= m.end;
function badSample(t, name, first, count, chunkStart, size, mdats) {
  let start = chunkStart;
  let i = first;
  if (t.fixed) {
    const m = mdats.find((m2) => inside(m2, start, start + t.fixed));
    const k = m ? Math.floor((m.end - start) / t.fixed) : 0;
    i += k;
    start += k * t.fixed;
  }
  for (; i < first + count; i++) {
    const end = start + t.sizeAt(i);
    if (end > start && !mdats.some((m) => inside(m, start, end))) {
      const which = `${name}, sample ${i + 1} of ${t.sampleCount}`;
      const bytes = `bytes ${start}-${end - 1}`;
      if (end > size) {
        const cut = start <= size;
        const detail = `${which}: ${bytes} ${cut ? "run" : "lie"} past the end of the file (${size} bytes)`;
        return { at: start, failure: { reason: cut ? "truncated" : "corrupt", detail } };
      }
      return { at: start, failure: { reason: "corrupt", detail: `${which}: ${bytes} are not inside an mdat box` } };
    }
    start = end;
  }
  return { at: chunkStart, failure: { reason: "corrupt", detail: `${name}: the chunk at byte ${chunkStart} runs across two mdat boxes` } };
}
var TRACK_NAMES = { vide: "video", soun: "audio", text: "text", sbtl: "subtitles", subt: "subtitles", tmcd: "timecode", hint: "hint" };
function sampleTables(b) {
  const moov = kidsOf(b, { type: "moov", start: 0, body: 8, end: b.length }, "moov");
  const traks = moov.filter((k) => k.type === "trak");
  if (!traks.length) unanswerable("no tracks");
  return traks.map((trak, i) => {
    const mdia = one(kidsOf(b, trak, "trak"), "mdia");
    const mdiaKids = kidsOf(b, mdia, "mdia");
    const hdlr = one(mdiaKids, "hdlr");
    const handler = hdlr.end - hdlr.body >= 12 ? String.fromCharCode(...b.subarray(hdlr.body + 8, hdlr.body + 12)) : "";
    const minfKids = kidsOf(b, one(mdiaKids, "minf"), "minf");
    selfContained(b, minfKids);
    const st = kidsOf(b, one(minfKids, "stbl"), "stbl");
    const sizes = sampleSizes(b, optional(st, "stsz") ?? one(st, "stz2"));
    const chunks = chunkOffsets(b, optional(st, "stco") ?? one(st, "co64"));
    return {
      number: i + 1,
      what: TRACK_NAMES[handler] ?? (/^[\x20-\x7e]{4}$/.test(handler) ? `'${handler}'` : "media"),
      ...sizes,
      timedSamples: timedSamples(b, one(st, "stts")),
      ...chunks,
      runs: chunkRuns(b, one(st, "stsc"), chunks.chunkCount)
    };
  });
}
function kidsOf(b, box, what) {
  return children(b, box.body, box.end) ?? unanswerable(`malformed boxes in ${what}`);
}
function optional(kids, type) {
  const found = kids.filter((k) => k.type === type);
  return found.length > 1 ? unanswerable(`two ${type} boxes`) : found[0] ?? null;
}
function one(kids, type) {
  return optional(kids, type) ?? unanswerable(`no ${type} box`);
}
function selfContained(b, minfKids) {
  const dinf = optional(minfKids, "dinf");
  const dref = dinf && optional(kidsOf(b, dinf, "dinf"), "dref");
  if (!dref) return;
  if (dref.end - dref.body < 8) unanswerable("dref too short");
  for (const entry of children(b, dref.body + 8, dref.end) ?? unanswerable("malformed dref")) {
    if (entry.end - entry.body < 4 || !(b[entry.body + 3] & 1)) unanswerable("samples in another file");
  }
}
function sampleSizes(b, box) {
  if (box.end - box.body < 12) unanswerable(`${box.type} too short`);
  const count = u32(b, box.body + 8);
  const base = box.body + 12;
  if (box.type === "stsz") {
    const fixed = u32(b, box.body + 4);
    if (fixed) return { sampleCount: count, sizeAt: () => fixed, fixed };
    if (base + count * 4 > box.end) unanswerable("stsz entries do not fit");
    return { sampleCount: count, sizeAt: (i) => u32(b, base + i * 4), fixed: 0 };
  }
  const bits = b[box.body + 7];
  if (bits !== 4 && bits !== 8 && bits !== 16) unanswerable(`stz2 field size ${bits}`);
  if (base + Math.ceil(count * bits / 8) > box.end) unanswerable("stz2 entries do not fit");
  if (bits === 16) return { sampleCount: count, sizeAt: (i) => u16(b, base + i * 2), fixed: 0 };
  if (bits === 8) return { sampleCount: count, sizeAt: (i) => b[base + i], fixed: 0 };
  return { sampleCount: count, sizeAt: (i) => i & 1 ? b[base + (i >> 1)] & 15 : b[base + (i >> 1)] >> 4, fixed: 0 };
}
function chunkOffsets(b, box) {
  if (box.end - box.body < 8) unanswerable(`${box.type} too short`);
  const n = u32(b, box.body + 4);
  const base = box.body + 8;
  const wide = box.type === "co64";
  if (base + n * (wide ? 8 : 4) > box.end) unanswerable(`${box.type} entries do not fit`);
  if (!wide) return { chunkCount: n, chunkAt: (i) => u32(b, base + i * 4) };
  return { chunkCount: n, chunkAt: (i) => u64(b, base + i * 8) };
}
function timedSamples(b, stts) {
  if (stts.end - stts.body < 8) unanswerable("stts too short");
  const n = u32(b, stts.body + 4);
  if (stts.body + 8 + n * 8 > stts.end) unanswerable("stts entries do not fit");
  let total = 0;
  for (let i = 0, p = stts.body + 8; i < n; i++, p += 8) total += u32(b, p);
  return total;
}
function chunkRuns(b, stsc, chunks) {
  if (stsc.end - stsc.body < 8) unanswerable("stsc too short");
  const n = u32(b, stsc.body + 4);
  if (stsc.body + 8 + n * 12 > stsc.end) unanswerable("stsc entries do not fit");
  const runs = [];
  for (let i = 0, p = stsc.body + 8; i < n; i++, p += 12) {
    const first = u32(b, p);
    const perChunk = u32(b, p + 4);
    if (first < 1 || i === 0 && first !== 1 || i > 0 && first <= runs[i - 1][0] || perChunk < 1) unanswerable(`stsc entry ${i + 1}`);
    if (first > chunks) break;
    runs.push([first, perChunk]);
  }
  if (!runs.length && chunks > 0) unanswerable("stsc without entries");
  return runs;
}

// src/probes/deep/index.ts
async function deepInProcess(src, format, size, deadlineAt = Infinity) {
  const safe = guarded(src);
  const timed = {
    id: src.id,
    name: src.name,
    size: () => safe.size(),
    read: (offset, length) => Date.now() > deadlineAt ? Promise.reject(new Unanswerable("out of time")) : safe.read(offset, length)
  };
  try {
    if (format === "mp4" || format === "mov") return await deepMp4(timed, size);
    if (format === "mp3") return await deepMp3(timed, size);
  } catch (err) {
    if (Date.now() > deadlineAt) return { answered: false, reason: "out of time" };
    if (err instanceof SourceReadError) throw err;
    if (err instanceof SourceReadError2) throw new SourceReadError(err.message);
    const why = err instanceof Unanswerable ? err.message : `reader error: ${err?.message ?? String(err)}`;
    return { answered: false, reason: why };
  }
  return { answered: false, reason: `no in-process check for ${format}` };
}
export {
  deepInProcess
};
