import {
  extensionOf,
  sniff
} from "./chunk-AQG3UE4A.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import {
  normaliseFfprobe
} from "./chunk-XJNQ26GT.js";
import {
  blankFacts
} from "./chunk-XMF4D722.js";
import {
  kindOf
} from "./chunk-DHUFD2HK.js";
import {
  Blocks,
  HEAD_BYTES,
  SourceReadError as SourceReadError2,
  ascii,
  be16,
  be32,
  boxAt,
  checkMp3,
  children,
  failure,
  fourcc,
  i32,
  i64,
  indexOf,
  isFourCC,
  le32,
  locateMoov,
  plural,
  u16,
  u32,
  u64,
  u8
} from "./chunk-ZISPTYH5.js";
import {
  SourceReadError,
  guarded
} from "./chunk-K2LW2AEP.js";
import {
  mp3Duration,
  parseFrameHeader
} from "./chunk-DESKUQSG.js";

// src/probes/index.ts
import { constants as constants2, statSync as statSync2 } from "node:fs";
import { open, stat } from "node:fs/promises";

// src/probes/source.ts
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";
var HEAD_FIRST = 8 * 1024;
var TAIL_BYTES = 16 * 1024;
var spareHeads = [];
var spareTails = [];
function fileSource(path, id = path) {
  let fd;
  let headBuf;
  let st;
  let pathSize;
  let headLen = 0;
  let headEnds = false;
  let tail;
  let tailBuf;
  let closed = false;
  const handle = () => {
    if (closed) throw new Error(`${path}: read after close`);
    return fd ??= openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  };
  const pread = (offset, length, into) => {
    const f = handle();
    const buf = into ?? Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(f, buf, got, length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, got);
  };
  return {
    id,
    name: basename(path),
    localPath: path,
    fd: handle,
    stat: async () => st ??= fstatSync(handle()),
    // before the descriptor is open, a stat of the path (size() alone never opens a FIFO)
    size: async () => fd !== void 0 ? (st ??= fstatSync(fd)).size : pathSize ??= statSync(path).size,
    async read(offset, length) {
      if (length <= 0) return new Uint8Array(0);
      const end = offset + length;
      if (end <= HEAD_BYTES) {
        headBuf ??= spareHeads.pop() ?? Buffer.allocUnsafe(HEAD_BYTES);
        if (end > headLen && !headEnds) {
          const want = Math.min(HEAD_BYTES, Math.max(HEAD_FIRST, Math.ceil(end / HEAD_FIRST) * HEAD_FIRST));
          const got = pread(headLen, want - headLen, headBuf.subarray(headLen, want)).length;
          headEnds = got < want - headLen;
          headLen += got;
        }
        return new Uint8Array(headBuf.buffer, headBuf.byteOffset + offset, Math.max(0, Math.min(end, headLen) - offset));
      }
      const size = (st ??= fstatSync(handle())).size;
      if (offset >= size - TAIL_BYTES && offset >= HEAD_BYTES) {
        const from = Math.max(HEAD_BYTES, size - TAIL_BYTES);
        tail ??= pread(from, size - from, (tailBuf ??= spareTails.pop() ?? Buffer.allocUnsafe(TAIL_BYTES)).subarray(0, size - from));
        const a = offset - from;
        return tail.subarray(Math.min(a, tail.length), Math.min(a + length, tail.length));
      }
      return pread(offset, length);
    },
    async close() {
      closed = true;
      if (headBuf && spareHeads.length < 16) spareHeads.push(headBuf);
      if (tailBuf && spareTails.length < 16) spareTails.push(tailBuf);
      headBuf = void 0;
      tailBuf = void 0;
      headLen = 0;
      headEnds = false;
      tail = void 0;
      if (fd !== void 0) {
        const f = fd;
        fd = void 0;
        try {
          closeSync(f);
        } catch {
        }
      }
    }
  };
}

// src/probes/fast/bits.ts
var Bits = class {
  constructor(b) {
    this.b = b;
  }
  b;
  pos = 0;
  /** One bit; throws RangeError past the end (the caller treats that as malformed). */
  u1() {
    if (this.pos >= this.b.length * 8) throw new RangeError("bits end early");
    const bit = this.b[this.pos >> 3] >> 7 - (this.pos & 7) & 1;
    this.pos++;
    return bit;
  }
  get left() {
    return this.b.length * 8 - this.pos;
  }
  u(n) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 2 + this.u1();
    return v;
  }
  ue() {
    let zeros = 0;
    while (!this.u1()) if (++zeros > 31) throw new RangeError("Exp-Golomb code too long");
    return 2 ** zeros - 1 + this.u(zeros);
  }
  se() {
    const k = this.ue();
    return k & 1 ? (k + 1) / 2 : -k / 2;
  }
};

// src/probes/fast/codecs.ts
var VIDEO = {
  avc1: "h264",
  avc3: "h264",
  hvc1: "hevc",
  hev1: "hevc",
  dvh1: "hevc",
  dvhe: "hevc",
  av01: "av1",
  vp09: "vp9",
  vp08: "vp8",
  mp4v: "mpeg4",
  jpeg: "mjpeg",
  mjpa: "mjpeg",
  "png ": "png",
  apch: "prores",
  apcn: "prores",
  apcs: "prores",
  apco: "prores",
  ap4h: "prores",
  ap4x: "prores",
  "rle ": "qtrle",
  h263: "h263",
  s263: "h263"
};
var AUDIO = {
  mp4a: "aac",
  ".mp3": "mp3",
  "ac-3": "ac3",
  "ec-3": "eac3",
  Opus: "opus",
  fLaC: "flac",
  alac: "alac",
  sowt: "pcm_s16le",
  twos: "pcm_s16be"
};
var OBJECT_TYPES = {
  32: "mpeg4",
  33: "h264",
  35: "hevc",
  64: "aac",
  96: "mpeg2video",
  97: "mpeg2video",
  98: "mpeg2video",
  99: "mpeg2video",
  100: "mpeg2video",
  101: "mpeg2video",
  102: "aac",
  103: "aac",
  104: "aac",
  105: "mp3",
  106: "mpeg1video",
  107: "mp3",
  108: "mjpeg",
  109: "png",
  165: "ac3",
  166: "eac3",
  173: "opus",
  177: "vp9",
  193: "flac",
  221: "vorbis"
};
var HARMLESS = {
  tmcd: ["tmcd"],
  text: ["text", "tx3g"],
  sbtl: ["tx3g", "text", "wvtt", "stpp", "c608"],
  subt: ["tx3g", "wvtt", "stpp"],
  clcp: ["c608", "c708"],
  meta: ["mebx", "mett", "metx", "urim", "gpmd"],
  hint: ["rtp ", "srtp"]
};
function isHarmlessTrack(handler, entry) {
  return HARMLESS[handler]?.includes(entry) ?? false;
}
var VISUAL_ENTRY_FIELDS = 78;
function videoCodec(b, entry) {
  const type = entry.type;
  const base = VIDEO[type];
  if (!base) return { ok: false, reason: `video sample entry '${printable(type)}' is not one the fast path knows` };
  if (type === "avc1" || type === "avc3") return configOk(b, entry, "avcC", avcConfigOk) ? { ok: true, codec: base } : { ok: false, reason: "missing or malformed avcC" };
  if (base === "hevc") return configOk(b, entry, "hvcC", hevcConfigOk) ? { ok: true, codec: base } : { ok: false, reason: "missing or malformed hvcC" };
  if (type !== "mp4v") return { ok: true, codec: base };
  const kids2 = children(b, entry.body + VISUAL_ENTRY_FIELDS, entry.end);
  if (!kids2) return { ok: false, reason: "malformed boxes inside the mp4v sample entry" };
  const esds = kids2.find((k) => k.type === "esds");
  if (!esds) return { ok: true, codec: base };
  const oti = objectType(b, esds);
  if (oti === null) return { ok: false, reason: "unreadable esds in the mp4v sample entry" };
  return { ok: true, codec: OBJECT_TYPES[oti] ?? base };
}
function configOk(b, entry, type, check) {
  const kids2 = children(b, entry.body + VISUAL_ENTRY_FIELDS, entry.end);
  const found = kids2?.filter((k) => k.type === type) ?? [];
  return found.length === 1 && check(b, found[0]);
}
function avcConfigOk(b, c) {
  if (c.end - c.body < 7 || b[c.body] !== 1) return false;
  let p = c.body + 5;
  for (const mask of [31, 255]) {
    const n = b[p++] & mask;
    if (!n) return false;
    for (let i = 0; i < n; i++) {
      if (p + 2 > c.end) return false;
      const len = u16(b, p);
      if (!len || p + 2 + len > c.end) return false;
      p += 2 + len;
    }
    if (mask === 31 && p >= c.end) return false;
  }
  return true;
}
function avcSps(b, entry) {
  const avcC = children(b, entry.body + VISUAL_ENTRY_FIELDS, entry.end)?.find((k) => k.type === "avcC");
  if (!avcC || avcC.end - avcC.body < 8) return null;
  const len = u16(b, avcC.body + 6);
  return avcC.body + 8 + len <= avcC.end ? b.subarray(avcC.body + 8, avcC.body + 8 + len) : null;
}
function hevcSps(b, entry) {
  const c = children(b, entry.body + VISUAL_ENTRY_FIELDS, entry.end)?.find((k) => k.type === "hvcC");
  if (!c || c.end - c.body < 23) return null;
  let p = c.body + 23;
  for (let i = 0; i < b[c.body + 22] && p + 3 <= c.end; i++) {
    const type = b[p] & 63;
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
function hevcConfigOk(b, c) {
  if (c.end - c.body < 23 || b[c.body] !== 1) return false;
  const arrays = b[c.body + 22];
  let p = c.body + 23;
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < arrays; i++) {
    if (p + 3 > c.end) return false;
    const type = b[p] & 63;
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
var SOUND_FIELDS = { 0: 28, 1: 44, 2: 64 };
function audioCodec(b, entry) {
  const type = entry.type;
  const base = AUDIO[type];
  if (!base) return { ok: false, reason: `audio sample entry '${printable(type)}' is not one the fast path knows` };
  if (entry.end - entry.body < 28) return { ok: false, reason: "audio sample entry too short" };
  const version2 = u16(b, entry.body + 8);
  const fields = SOUND_FIELDS[version2];
  if (fields === void 0 || entry.end - entry.body < fields) {
    return { ok: false, reason: `audio sample entry version ${version2}` };
  }
  if (type === "sowt" || type === "twos") {
    const bits = u16(b, entry.body + 18);
    return version2 === 2 || bits !== 16 ? { ok: false, reason: `${bits}-bit ${type} PCM` } : { ok: true, codec: base };
  }
  if (type !== "mp4a") return { ok: true, codec: base };
  const esds = findEsds(b, entry.body + fields, entry.end);
  if (!esds) return { ok: false, reason: "mp4a sample entry without an esds" };
  const oti = objectType(b, esds);
  if (oti === null) return { ok: false, reason: "unreadable esds in the mp4a sample entry" };
  const codec = OBJECT_TYPES[oti];
  if (!codec) return { ok: false, reason: `mp4a object type 0x${oti.toString(16)}` };
  if (codec === "aac" && !ascOk(b, esds)) return { ok: false, reason: "AAC configuration the fast path does not vouch for" };
  return { ok: true, codec };
}
function findEsds(b, from, to) {
  const kids2 = children(b, from, to);
  if (!kids2) return null;
  for (const k of kids2) {
    if (k.type === "esds") return k;
    if (k.type === "wave") {
      const inner = children(b, k.body, k.end);
      const e = inner?.find((x) => x.type === "esds");
      if (e) return e;
    }
  }
  return null;
}
function descriptorAt(b, off, to) {
  if (off + 2 > to) return null;
  const tag = u8(b, off);
  let len = 0;
  let p = off + 1;
  for (let i = 0; i < 4; i++) {
    if (p >= to) return null;
    const c = u8(b, p++);
    len = len * 128 + (c & 127);
    if (!(c & 128)) break;
  }
  if (p + len > to) return null;
  return { tag, body: p, end: p + len };
}
function decoderConfig(b, esds) {
  const es = descriptorAt(b, esds.body + 4, esds.end);
  if (!es || es.tag !== 3 || es.end - es.body < 3) return null;
  const flags = u8(b, es.body + 2);
  let p = es.body + 3;
  if (flags & 128) p += 2;
  if (flags & 64) {
    if (p >= es.end) return null;
    p += 1 + u8(b, p);
  }
  if (flags & 32) p += 2;
  const dc = descriptorAt(b, p, es.end);
  return dc && dc.tag === 4 && dc.end - dc.body >= 13 ? dc : null;
}
function objectType(b, esds) {
  const dc = decoderConfig(b, esds);
  return dc ? u8(b, dc.body) : null;
}
function ascOk(b, esds) {
  const dc = decoderConfig(b, esds);
  if (!dc) return false;
  const dsi = descriptorAt(b, dc.body + 13, dc.end);
  if (!dsi || dsi.tag !== 5 || dsi.end - dsi.body < 2) return false;
  try {
    const g = new Bits(b.subarray(dsi.body, dsi.end));
    const aot = g.u(5);
    const rateIndex = g.u(4);
    const channels = g.u(4);
    if (!(aot === 1 || aot === 2 || aot === 4) || rateIndex > 12 || channels < 1 || channels > 7) return false;
    g.u1();
    if (g.u1()) g.u(14);
    if (g.u1()) return false;
    if (g.left >= 16 && g.u(11) === 695 && g.u(5) === 5 && g.u1()) return g.u(4) <= 12;
    return true;
  } catch {
    return false;
  }
}
function printable(s) {
  return s.replace(/[^\x20-\x7e]/g, "?");
}

// src/probes/fast/rate.ts
var INT_MAX = 2 ** 31 - 1;
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function reduced(num, den) {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num <= 0 || den <= 0) return null;
  const g = gcd(num, den);
  const n = num / g;
  const d = den / g;
  return n <= INT_MAX && d <= INT_MAX ? `${n}/${d}` : null;
}
var FPS_ANALYZE_FRAMES = 20;
var SLACK = 8;
function frameRates(t) {
  const { timescale, stts } = t;
  if (!stts.length) return { ok: false, reason: "video track without stts entries" };
  let frames = 0;
  let ticks = 0;
  for (const e of stts) {
    if (e.count === 0 || e.delta === 0 || e.delta >= 2 ** 31) {
      return { ok: false, reason: `stts entry of ${e.count} samples x ${e.delta} ticks` };
    }
    frames += e.count;
    ticks += e.count * e.delta;
  }
  if (!Number.isSafeInteger(ticks) || frames > INT_MAX) return { ok: false, reason: "stts totals too large" };
  const avg = reduced(timescale * frames, ticks);
  if (!avg) return { ok: false, reason: "avg frame rate needs approximation" };
  if (stts.length === 1 || stts.length === 2 && stts[1].count === 1) {
    const r2 = reduced(timescale, stts[0].delta);
    return r2 ? { ok: true, avg, r: r2 } : { ok: false, reason: "r frame rate needs approximation" };
  }
  const r = gcdRate(t, frames);
  return r ? { ok: true, avg, r } : { ok: false, reason: "variable frame timing that only ffprobe can judge" };
}
function gcdRate(t, frames) {
  if (!t.unreliableTimebase || !t.simpleEdits) return null;
  const analyze = t.timescale < 2e3 ? FPS_ANALYZE_FRAMES * 2 : FPS_ANALYZE_FRAMES;
  const deltas = frames - 1;
  if (deltas < analyze + SLACK) return null;
  const window = analyze + SLACK;
  const core = [];
  let whole = 0;
  let ticks = 0;
  let bytes = 0;
  let i = 0;
  for (const e of t.stts) {
    if (i >= deltas) break;
    const n = Math.min(e.count, deltas - i);
    for (let k = i; k < Math.min(i + n, window); k++) {
      if (k >= SLACK && k < analyze) core.push(e.delta);
      ticks += e.delta;
      bytes += t.sampleSize(k);
    }
    whole = gcd(whole, e.delta);
    i += n;
  }
  if (ticks / t.timescale > 4 || bytes > 25e5) return null;
  const coreGcd = core.reduce(gcd, 0);
  if (coreGcd !== whole) return null;
  if (!(whole > Math.max(1, Math.floor(t.timescale / 500)))) return null;
  return reduced(t.timescale, whole);
}

// src/probes/fast/sps.ts
function rbsp(nal) {
  const out = new Uint8Array(nal.length);
  let n = 0;
  let zeros = 0;
  for (const byte of nal) {
    if (zeros >= 2 && byte === 3) {
      zeros = 0;
      continue;
    }
    out[n++] = byte;
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return out.subarray(0, n);
}
var HIGH_PROFILES = /* @__PURE__ */ new Set([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135]);
function h264SpsSize(nal) {
  if (nal.length < 4 || (nal[0] & 31) !== 7) return null;
  try {
    const g = new Bits(rbsp(nal.subarray(1)));
    const profile = g.u(8);
    g.u(16);
    if (g.ue() > 31) return null;
    let chroma = 1;
    if (HIGH_PROFILES.has(profile)) {
      chroma = g.ue();
      if (chroma > 3) return null;
      if (chroma === 3) g.u1();
      if (g.ue() > 6 || g.ue() > 6) return null;
      g.u1();
      if (g.u1()) {
        for (let i = 0; i < (chroma !== 3 ? 8 : 12); i++) {
          if (!g.u1()) continue;
          let last = 8;
          let next = 8;
          for (let j = 0; j < (i < 6 ? 16 : 64); j++) {
            if (next) next = (last + g.se() + 256) % 256;
            last = next || last;
          }
        }
      }
    }
    if (g.ue() > 12) return null;
    const pocType = g.ue();
    if (pocType === 0) {
      if (g.ue() > 12) return null;
    } else if (pocType === 1) {
      g.u1();
      g.se();
      g.se();
      const cycle = g.ue();
      if (cycle > 255) return null;
      for (let i = 0; i < cycle; i++) g.se();
    } else if (pocType !== 2) {
      return null;
    }
    g.ue();
    g.u1();
    const mbWidth = g.ue() + 1;
    const mapHeight = g.ue() + 1;
    const frameMbsOnly = g.u1();
    if (!frameMbsOnly) g.u1();
    g.u1();
    const width = 16 * mbWidth;
    const height = 16 * mapHeight * (2 - frameMbsOnly);
    if (width > 16384 || height > 16384) return null;
    if (!g.u1()) return { width, height, cropTopLeft: false };
    const [left, right, top, bottom] = [g.ue(), g.ue(), g.ue(), g.ue()];
    const stepX = chroma === 1 || chroma === 2 ? 2 : 1;
    const stepY = (2 - frameMbsOnly) * (chroma === 1 ? 2 : 1);
    if ((left + right) * stepX >= width || (top + bottom) * stepY >= height) return null;
    return {
      width: width - (left + right) * stepX,
      height: height - (top + bottom) * stepY,
      cropTopLeft: left > 0 || top > 0
    };
  } catch {
    return null;
  }
}
function h264DisplayedSize(sps, containerW, containerH) {
  const align = (x) => Math.ceil(x / 16) * 16;
  const useContainer = containerW > 0 && containerH > 0 && !sps.cropTopLeft && align(containerW) === align(sps.width) && align(containerH) === align(sps.height) && containerW <= sps.width && containerH <= sps.height;
  return useContainer ? [containerW, containerH] : [sps.width, sps.height];
}
function hevcSpsSize(nal) {
  if (nal.length < 6 || (nal[0] >> 1 & 63) !== 33) return null;
  try {
    const g = new Bits(rbsp(nal.subarray(2)));
    g.u(4);
    const subLayers = g.u(3);
    if (subLayers > 6) return null;
    g.u1();
    g.u(88);
    g.u(8);
    const profilePresent = [];
    const levelPresent = [];
    for (let i = 0; i < subLayers; i++) {
      profilePresent.push(g.u1());
      levelPresent.push(g.u1());
    }
    if (subLayers > 0) for (let i = subLayers; i < 8; i++) g.u(2);
    for (let i = 0; i < subLayers; i++) {
      if (profilePresent[i]) g.u(88);
      if (levelPresent[i]) g.u(8);
    }
    if (g.ue() > 15) return null;
    const chroma = g.ue();
    if (chroma > 3) return null;
    if (chroma === 3) g.u1();
    const width = g.ue();
    const height = g.ue();
    if (!width || !height || width > 16888 || height > 16888) return null;
    if (!g.u1()) return { width, height };
    const subW = chroma === 1 || chroma === 2 ? 2 : 1;
    const subH = chroma === 1 ? 2 : 1;
    const [left, right, top, bottom] = [g.ue() * subW, g.ue() * subW, g.ue() * subH, g.ue() * subH];
    if (left + right >= width || top + bottom >= height) return null;
    return { width: width - left - right, height: height - top - bottom };
  } catch {
    return null;
  }
}

// src/probes/fast/timing.ts
function rescale(a, b, c) {
  const p = a * b;
  if (p >= 0 && p <= Number.MAX_SAFE_INTEGER) return Math.floor((p + Math.floor(c / 2)) / c);
  const A = BigInt(a);
  const B = BigInt(b);
  const C = BigInt(c);
  const P = A * B;
  const r = P >= 0n ? (P + C / 2n) / C : -((-P + C / 2n) / C);
  return Number(r);
}
function streamTiming(timescale, mdhdDuration, sttsTicks, edits, movieTimescale, isText) {
  let duration = mdhdDuration;
  if (sttsTicks) duration = Math.min(duration, sttsTicks);
  let start = 0;
  if (edits && edits.length) {
    let total = 0;
    for (const e of edits) {
      const d = rescale(e.duration, timescale, movieTimescale);
      total += d;
      if (e.mediaTime === -1) start += d;
    }
    duration = Math.min(duration, total);
  }
  return { timescale, start, duration, isText };
}
var SECOND = 1e6;
function formatDurationUs(streams) {
  let start = Infinity;
  let startText = Infinity;
  let end = -Infinity;
  let endText = -Infinity;
  let duration = -Infinity;
  let durationText = -Infinity;
  for (const s of streams) {
    const s1 = rescale(s.start, SECOND, s.timescale);
    const d1 = rescale(s.duration, SECOND, s.timescale);
    const e1 = s1 + d1;
    if (s.isText) {
      startText = Math.min(startText, s1);
      endText = Math.max(endText, e1);
      durationText = Math.max(durationText, d1);
    } else {
      start = Math.min(start, s1);
      end = Math.max(end, e1);
      duration = Math.max(duration, d1);
    }
  }
  if (start === Infinity || start > startText && start - startText < SECOND) start = startText;
  if (end === -Infinity || end < endText && endText - end < SECOND) end = endText;
  if (duration === -Infinity || duration < durationText && durationText - duration < SECOND) duration = durationText;
  if (start !== Infinity && end !== -Infinity && end >= start) duration = Math.max(duration, end - start);
  return duration > 0 && Number.isFinite(duration) ? duration : null;
}
function printUs(us) {
  return `${Math.floor(us / SECOND)}.${String(us % SECOND).padStart(6, "0")}`;
}

// src/probes/fast/moov.ts
var Doubt = class extends Error {
};
var doubt = (reason) => {
  throw new Doubt(reason);
};
var MAX_TRACKS = 64;
var EXPECTED = {
  moov: /* @__PURE__ */ new Set(["mvhd", "trak", "udta", "meta", "iods", "free", "skip", "wide", "ctab", "clip", "mvex", "cmov"]),
  trak: /* @__PURE__ */ new Set(["tkhd", "mdia", "edts", "tref", "udta", "meta", "free", "skip", "load", "tapt", "txas", "clip", "matt", "imap"]),
  mdia: /* @__PURE__ */ new Set(["mdhd", "hdlr", "minf", "elng", "udta", "free", "skip"]),
  minf: /* @__PURE__ */ new Set(["vmhd", "smhd", "hmhd", "nmhd", "gmhd", "sthd", "dinf", "hdlr", "stbl", "free", "skip"]),
  stbl: /* @__PURE__ */ new Set(["stsd", "stts", "stsz", "stz2", "stsc", "stco", "co64", "ctts", "stss", "stps", "sdtp", "sgpd", "sbgp", "cslg", "subs", "free", "skip"])
};
function kids(b, box) {
  const list = children(b, box.body, box.end) ?? doubt(`malformed boxes in ${box.type}`);
  const expected = EXPECTED[box.type];
  const odd = expected && list.find((k) => !expected.has(k.type));
  if (odd) doubt(`unexpected '${odd.type.replace(/[^\x20-\x7e]/g, "?")}' box in ${box.type}`);
  return list;
}
function version(b, box) {
  const v = b[box.body];
  return v === 0 || v === 1 ? v : doubt(`${box.type} version ${v}`);
}
var MAX_STTS_ENTRIES = 4e6;
var EDIT_SLACK_SAMPLES = 4;
function readMoov(b) {
  const moov = boxAt(b, 0, b.length) ?? doubt("unreadable moov header");
  let mvhd = null;
  const traks = [];
  for (const k of kids(b, moov)) {
    if (k.type === "mvhd") mvhd = mvhd ? doubt("two mvhd boxes") : k;
    else if (k.type === "trak") traks.push(k);
    else if (k.type === "mvex") doubt("fragmented file (mvex box)");
    else if (k.type === "cmov") doubt("compressed moov");
  }
  if (!mvhd) return doubt("no mvhd box");
  if (!traks.length) return doubt("no tracks");
  if (traks.length > MAX_TRACKS) return doubt(`${traks.length} tracks`);
  const movieTimescale = movieHeader(b, mvhd);
  const tracks = traks.map((t) => readTrak(b, t, movieTimescale));
  const chapters = new Set(tracks.flatMap((t) => t.chapters));
  if (tracks.some((t) => chapters.has(t.id) && t.stream.codec_type === "video")) doubt("video chapter track");
  const us = formatDurationUs(tracks.map((t) => t.timing));
  if (us === null) return doubt("no stream has a duration");
  return {
    streams: tracks.map((t, index) => ({ index, ...t.stream })),
    format: { duration: printUs(us) }
  };
}
function movieHeader(b, mvhd) {
  const v1 = version(b, mvhd) === 1;
  if (mvhd.end - mvhd.body < (v1 ? 48 : 36) + 36) return doubt("mvhd too short");
  const timescale = u32(b, mvhd.body + (v1 ? 20 : 12));
  if (!timescale || timescale >= 2 ** 31) return doubt(`mvhd timescale ${timescale}`);
  if (!isIdentity(b, mvhd.body + (v1 ? 48 : 36))) return doubt("movie display matrix");
  return timescale;
}
function readTrak(b, trak, movieTimescale) {
  const trakKids = kids(b, trak);
  const tkhd = only(trakKids, "tkhd") ?? doubt("trak without tkhd");
  const mdia = only(trakKids, "mdia") ?? doubt("trak without mdia");
  const tref = only(trakKids, "tref");
  const chapters = [];
  for (const k of tref ? children(b, tref.body, tref.end) ?? doubt("malformed tref") : []) {
    if (k.type === "chap") for (let p = k.body; p + 4 <= k.end; p += 4) chapters.push(u32(b, p));
  }
  const id = trackId(b, tkhd);
  const edts = only(trakKids, "edts");
  const elst = edts ? only(children(b, edts.body, edts.end) ?? doubt("malformed edts"), "elst") : null;
  const edits = elst ? readElst(b, elst) : null;
  const mdiaKids = kids(b, mdia);
  const mdhd = only(mdiaKids, "mdhd") ?? doubt("mdia without mdhd");
  const hdlr = only(mdiaKids, "hdlr") ?? doubt("mdia without hdlr");
  const minf = only(mdiaKids, "minf") ?? doubt("mdia without minf");
  const minfKids = kids(b, minf);
  const stbl = only(minfKids, "stbl") ?? doubt("minf without stbl");
  const st = kids(b, stbl);
  const dinf = only(minfKids, "dinf");
  const drefs = dinf ? readDref(b, only(children(b, dinf.body, dinf.end) ?? doubt("malformed dinf"), "dref")) : 0;
  if (hdlr.end - hdlr.body < 12) doubt("hdlr too short");
  const handler = String.fromCharCode(b[hdlr.body + 8], b[hdlr.body + 9], b[hdlr.body + 10], b[hdlr.body + 11]);
  const entry = sampleEntry(b, only(st, "stsd") ?? doubt("stbl without stsd"));
  if (entry.end - entry.body < 8) doubt("sample entry too short");
  const drefIndex = u16(b, entry.body + 6);
  if (drefs && (drefIndex < 1 || drefIndex > drefs)) doubt(`sample entry refers to data reference ${drefIndex}`);
  for (const [type, step] of [["stss", 4], ["stps", 4], ["ctts", 8]]) {
    const t = only(st, type);
    if (t && (t.end - t.body < 8 || t.body + 8 + u32(b, t.body + 4) * step > t.end)) doubt(`${type} entries do not fit`);
  }
  const av = handler === "vide" || handler === "soun";
  if (!av && !isHarmlessTrack(handler, entry.type)) doubt(`'${handler}' track with '${entry.type}' samples`);
  const stts = readStts(b, only(st, "stts") ?? doubt("stbl without stts"));
  const sizes = readStsz(b, only(st, "stsz") ?? only(st, "stz2") ?? doubt("stbl without stsz"));
  let frames = 0;
  let ticks = 0;
  for (const e of stts) {
    if (e.delta >= 2 ** 31) doubt(`stts delta ${e.delta}`);
    frames += e.count;
    ticks += e.count * e.delta;
  }
  if (frames === 0) doubt("track without samples");
  if (frames !== sizes.count) doubt(`stts counts ${frames} samples, stsz ${sizes.count}`);
  if (sizes.max > 1073741823) doubt("sample size too large");
  const chunks = chunkCount(b, only(st, "stco") ?? only(st, "co64") ?? doubt("stbl without stco"));
  const inChunks = samplesInChunks(b, only(st, "stsc") ?? doubt("stbl without stsc"), chunks);
  if (inChunks !== frames) doubt(`chunks hold ${inChunks} samples, stsz lists ${frames}`);
  if (!Number.isSafeInteger(ticks)) doubt("stts total too large");
  const ctts = only(st, "ctts");
  if (ctts && !edits && !cttsStartsAtZero(b, ctts)) doubt("composition offsets without an edit list");
  const { timescale, duration } = mediaHeader(b, mdhd);
  const timing = streamTiming(timescale, duration, ticks, edits, movieTimescale, !av);
  if (timing.duration <= 0) doubt(`track duration ${timing.duration}`);
  if (!av) return { stream: { codec_type: "data" }, timing, id, chapters };
  if (handler === "soun") {
    return { stream: { codec_type: "audio", codec_name: codecOrDoubt(audioCodec(b, entry)) }, timing, id, chapters };
  }
  const codec = codecOrDoubt(videoCodec(b, entry));
  if (codec === "mpeg4" || codec === "h263") doubt(`${codec} sizes come from the bitstream`);
  if (entry.end - entry.body < VISUAL_ENTRY_FIELDS) doubt("visual sample entry too short");
  const width = u16(b, entry.body + 24);
  const height = u16(b, entry.body + 26);
  if (!width || !height) doubt(`sample entry size ${width}x${height}`);
  if (codec === "h264") {
    const sps = avcSps(b, entry);
    const size = sps && h264SpsSize(sps);
    if (!size) doubt("unreadable H.264 SPS");
    const [w, h] = h264DisplayedSize(size, width, height);
    if (w !== width || h !== height) doubt(`SPS size ${w}x${h}, sample entry ${width}x${height}`);
  }
  if (codec === "hevc") {
    const sps = hevcSps(b, entry);
    const size = sps && hevcSpsSize(sps);
    if (!size) doubt("unreadable HEVC SPS");
    if (size.width !== width || size.height !== height) doubt(`SPS size ${size.width}x${size.height}, sample entry ${width}x${height}`);
  }
  const rates = frameRates({
    timescale,
    stts,
    unreliableTimebase: codec === "h264" || codec === "hevc" || entry.type === "mp4v",
    simpleEdits: edits ? simpleEdits(edits, stts) : true,
    sampleSize: sizes.at
  });
  if (!rates.ok) return doubt(rates.reason);
  const rotation = displayRotation(b, tkhd);
  const stream = {
    codec_type: "video",
    codec_name: codec,
    width,
    height,
    avg_frame_rate: rates.avg,
    r_frame_rate: rates.r,
    ...rotation === null ? {} : { side_data_list: [{ rotation }] }
  };
  return { stream, timing, id, chapters };
}
function trackId(b, tkhd) {
  const at = tkhd.body + (b[tkhd.body] === 1 ? 20 : 12);
  return at + 4 <= tkhd.end ? u32(b, at) : doubt("tkhd too short");
}
function codecOrDoubt(r) {
  return r.ok ? r.codec : doubt(r.reason);
}
function only(kids2, type) {
  let found = null;
  for (const k of kids2) if (k.type === type) found = found ? doubt(`two ${type} boxes`) : k;
  return found;
}
function sampleEntry(b, stsd) {
  if (stsd.end - stsd.body < 8) doubt("stsd too short");
  const count = u32(b, stsd.body + 4);
  if (count !== 1) doubt(`stsd with ${count} entries`);
  if (stsd.end - stsd.body < 16 || u32(b, stsd.body + 8) < 16) doubt("sample entry size under 16");
  return boxAt(b, stsd.body + 8, stsd.end) ?? doubt("malformed sample entry");
}
function mediaHeader(b, mdhd) {
  const v1 = version(b, mdhd) === 1;
  if (mdhd.end - mdhd.body < (v1 ? 32 : 20)) doubt("mdhd too short");
  const timescale = u32(b, mdhd.body + (v1 ? 20 : 12));
  if (!timescale || timescale >= 2 ** 31) doubt(`mdhd timescale ${timescale}`);
  const duration = v1 ? u64(b, mdhd.body + 24) : u32(b, mdhd.body + 16);
  if (!duration || duration === 4294967295 || !Number.isSafeInteger(duration)) doubt(`mdhd duration ${duration}`);
  return { timescale, duration };
}
function readStts(b, stts) {
  if (stts.end - stts.body < 8) doubt("stts too short");
  const n = u32(b, stts.body + 4);
  if (n > MAX_STTS_ENTRIES || stts.body + 8 + n * 8 > stts.end) doubt(`stts with ${n} entries does not fit`);
  const out = new Array(n);
  for (let i = 0, p = stts.body + 8; i < n; i++, p += 8) out[i] = { count: u32(b, p), delta: u32(b, p + 4) };
  return out;
}
function readStsz(b, box) {
  if (box.end - box.body < 12) doubt(`${box.type} too short`);
  const count = u32(b, box.body + 8);
  const base = box.body + 12;
  if (box.type === "stsz") {
    const fixed = u32(b, box.body + 4);
    if (fixed) return { count, max: fixed, at: () => fixed };
    if (base + count * 4 > box.end) doubt("stsz entries do not fit");
    let max = 0;
    for (let i = 0, p = base; i < count; i++, p += 4) max = Math.max(max, u32(b, p));
    return { count, max, at: (i) => u32(b, base + i * 4) };
  }
  const bits = b[box.body + 7];
  if (bits !== 4 && bits !== 8 && bits !== 16) doubt(`stz2 field size ${bits}`);
  if (base + Math.ceil(count * bits / 8) > box.end) doubt("stz2 entries do not fit");
  if (bits === 16) return { count, max: 65535, at: (i) => u16(b, base + i * 2) };
  if (bits === 8) return { count, max: 255, at: (i) => b[base + i] };
  return { count, max: 15, at: (i) => i & 1 ? b[base + (i >> 1)] & 15 : b[base + (i >> 1)] >> 4 };
}
function chunkCount(b, box) {
  if (box.end - box.body < 8) doubt(`${box.type} too short`);
  const n = u32(b, box.body + 4);
  if (box.body + 8 + n * (box.type === "co64" ? 8 : 4) > box.end) doubt(`${box.type} entries do not fit`);
  return n;
}
function samplesInChunks(b, stsc, chunks) {
  if (stsc.end - stsc.body < 8) doubt("stsc too short");
  const n = u32(b, stsc.body + 4);
  if (!n || stsc.body + 8 + n * 12 > stsc.end) doubt(`stsc with ${n} entries`);
  const first = (i) => u32(b, stsc.body + 8 + i * 12);
  const count = (i) => u32(b, stsc.body + 12 + i * 12);
  for (let i = 0; i < n; i++) {
    const id = u32(b, stsc.body + 16 + i * 12);
    if (first(i) < i + 1 || i && first(i) <= first(i - 1) || count(i) < 1 || id !== 1) doubt(`stsc entry ${i}`);
  }
  if (first(0) !== 1) doubt("stsc does not start at chunk 1");
  let total = 0;
  for (let i = 0; i < n && first(i) <= chunks; i++) {
    const upto = i + 1 < n ? Math.min(first(i + 1) - 1, chunks) : chunks;
    total += (upto - first(i) + 1) * count(i);
  }
  return total;
}
function readDref(b, dref) {
  if (!dref) return doubt("dinf without dref");
  if (dref.end - dref.body < 8) return doubt("dref too short");
  const n = u32(b, dref.body + 4);
  if (n < 1 || n > 16) return doubt(`dref with ${n} entries`);
  let p = dref.body + 8;
  for (let i = 0; i < n; i++) {
    const size = p + 12 <= dref.end ? u32(b, p) : 0;
    if (size < 12 || p + size > dref.end) return doubt("malformed dref entry");
    if (fourcc(b, p + 4) === "alis" && size > 150) return doubt("data reference to another file");
    p += size;
  }
  return n;
}
function readElst(b, elst) {
  if (elst.end - elst.body < 8) return doubt("elst too short");
  const v1 = b[elst.body] === 1;
  const n = u32(b, elst.body + 4);
  const step = v1 ? 20 : 12;
  if (elst.end - elst.body - 8 !== n * step) return doubt("elst count does not match its size");
  if (n > 64) return doubt(`${n} edits`);
  if (!n) return null;
  const edits = [];
  for (let i = 0, p = elst.body + 8; i < n; i++, p += step) {
    const duration = v1 ? u64(b, p) : u32(b, p);
    const mediaTime = v1 ? i64(b, p + 8) : i32(b, p + 4);
    const rate = u32(b, p + (v1 ? 16 : 8));
    if (!Number.isSafeInteger(duration) || !(mediaTime >= -1)) return doubt("edit with an odd time");
    if (rate !== 65536) return doubt("edit with a rate other than 1");
    edits.push({ duration, mediaTime });
  }
  return edits;
}
function simpleEdits(edits, stts) {
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
function cttsStartsAtZero(b, ctts) {
  if (ctts.end - ctts.body < 8) return false;
  const n = u32(b, ctts.body + 4);
  if (ctts.body + 8 + n * 8 > ctts.end) return false;
  for (let i = 0, p = ctts.body + 8; i < n; i++, p += 8) {
    const offset = i32(b, p + 4);
    if (offset < 0 || i === 0 && offset !== 0) return false;
  }
  return true;
}
var IDENTITY = [65536, 0, 0, 0, 65536, 0, 0, 0, 1073741824];
function isIdentity(b, at) {
  for (let i = 0; i < 9; i++) if (i32(b, at + i * 4) !== IDENTITY[i]) return false;
  return true;
}
function displayRotation(b, tkhd) {
  const v1 = b[tkhd.body] === 1;
  const at = tkhd.body + (v1 ? 52 : 40);
  if (at + 36 > tkhd.end) return doubt("tkhd too short");
  if (isIdentity(b, at)) return null;
  const m = Array.from({ length: 9 }, (_, i) => i32(b, at + i * 4));
  const unit = (x) => x === 0 || x === 65536 || x === -65536;
  const [ma, mb, , mc, md] = [m[0], m[1], m[2], m[3], m[4]];
  const quarter = [ma, mb, mc, md].every(unit) && (ma && md ? !mb && !mc : !ma && !md && mb && mc);
  if (!quarter || m[2] !== 0 || m[5] !== 0 || m[8] !== 1073741824) return doubt("display matrix other than a quarter turn or flip");
  const fp = (x) => x / 65536;
  const s0 = Math.hypot(fp(ma), fp(mc));
  const s1 = Math.hypot(fp(mb), fp(md));
  const deg = -(Math.atan2(fp(mb) / s1, fp(ma) / s0) * 180 / Math.PI);
  return Math.trunc(deg) || 0;
}

// src/probes/fast/index.ts
async function fastVideoFacts(src, format) {
  const size = await src.size();
  const located = await locateMoov(src, size);
  if (!located.ok) return { ok: false, reason: `${format}: ${located.reason}` };
  let json;
  try {
    json = readMoov(located.moov);
  } catch (err) {
    const why = err instanceof Doubt ? err.message : `reader error: ${err?.message ?? String(err)}`;
    return { ok: false, reason: `${format}: ${why}` };
  }
  const n = normaliseFfprobe(json);
  return {
    ok: true,
    facts: {
      width: n.width,
      height: n.height,
      rotation: n.rotation,
      fps: n.fps,
      variableFrameRate: n.variableFrameRate,
      durationSec: n.durationSec,
      videoCodec: n.videoCodec,
      audioCodec: n.audioCodec,
      hasVideoStream: n.hasVideoStream,
      hasAudioStream: n.hasAudioStream
    },
    ffprobeLike: json,
    reads: located.reads
  };
}

// src/probes/fast/jpeg.ts
var FIRST_WINDOW = 4 * 1024;
var WINDOW = 64 * 1024;
var MAX_SEGMENTS = 64;
var MAX_SIDE = 65500;
var Doubt2 = class extends Error {
};
var doubt2 = (why) => {
  throw new Doubt2(why);
};
async function fastJpegFacts(src, size) {
  const win = { start: 0, bytes: new Uint8Array(0), next: FIRST_WINDOW };
  const bytes = async (offset, length) => {
    if (offset + length > size) doubt2(`the file ends at ${size}, inside a segment at ${offset}`);
    if (offset < win.start || offset + length > win.start + win.bytes.length) {
      win.start = offset;
      win.bytes = await src.read(offset, Math.min(Math.max(length, win.next), size - offset));
      win.next = Math.min(WINDOW, win.next * 2);
      if (win.bytes.length < length) doubt2("the source returned fewer bytes than its size");
    }
    return win.bytes.subarray(offset - win.start, offset - win.start + length);
  };
  try {
    return { ok: true, facts: await walk(bytes) };
  } catch (err) {
    if (err instanceof Doubt2) return { ok: false, reason: `jpeg: ${err.message}` };
    if (err instanceof RangeError || err instanceof TypeError) return { ok: false, reason: `jpeg: reader error: ${err.message}` };
    throw err;
  }
}
async function walk(bytes) {
  const soi = await bytes(0, 2);
  if (soi[0] !== 255 || soi[1] !== 216) doubt2("no SOI marker");
  let off = 2;
  let sof = null;
  let exif = null;
  for (let n = 0; n < MAX_SEGMENTS; n++) {
    const m = await bytes(off, 2);
    if (m[0] !== 255) doubt2(`bytes between segments at ${off}`);
    const marker = m[1];
    if (marker === 255) {
      off += 1;
      continue;
    }
    const isApp = marker >= 224 && marker <= 239;
    const known = isApp || marker === 254 || marker === 219 || marker === 196 || marker === 221 || marker === 192 || marker === 193 || marker === 194 || marker === 218;
    if (!known) doubt2(`marker 0x${marker.toString(16)} before the scan`);
    const l = await bytes(off + 2, 2);
    const length = l[0] << 8 | l[1];
    if (length < 2) doubt2(`segment length ${length}`);
    const body = await bytes(off + 4, length - 2);
    switch (marker) {
      case 192:
      case 193:
      case 194:
        if (sof) doubt2("two frame headers");
        sof = frameHeader(body);
        break;
      case 219:
        quantTables(body);
        break;
      case 196:
        huffmanTables(body);
        break;
      case 221:
        if (length !== 4) doubt2("DRI length");
        break;
      case 224:
        if (body.length >= 14 && ascii2(body, 0, 5) === "JFIF\0" && body[5] !== 1) doubt2("JFIF major version");
        break;
      case 225:
        if (body.length > 4 && ascii2(body, 0, 4) === "Exif") {
          if (exif) doubt2("two EXIF blocks");
          exif = body;
        }
        break;
      case 218:
        if (!sof) doubt2("scan before the frame header");
        scanHeader(body, sof.ids);
        return { ...oriented(sof, exif ? orientation(exif) : null) };
    }
    off += 2 + length;
  }
  return doubt2(`more than ${MAX_SEGMENTS} segments before the scan`);
}
function oriented(sof, rotation) {
  const swap = rotation !== null && rotation >= 5;
  return { width: swap ? sof.height : sof.width, height: swap ? sof.width : sof.height, rotation };
}
function frameHeader(b) {
  if (b.length < 6) doubt2("short frame header");
  const precision = b[0];
  const height = b[1] << 8 | b[2];
  const width = b[3] << 8 | b[4];
  const count = b[5];
  if (precision !== 8) doubt2(`${precision}-bit samples`);
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) doubt2(`size ${width}x${height}`);
  if (count < 1 || count > 4 || b.length !== 6 + 3 * count) doubt2(`${count} components in ${b.length} bytes`);
  const ids = [];
  for (let i = 0; i < count; i++) {
    const id = b[6 + 3 * i];
    const h = b[7 + 3 * i] >> 4;
    const v = b[7 + 3 * i] & 15;
    if (h < 1 || h > 4 || v < 1 || v > 4 || b[8 + 3 * i] > 3) doubt2("sampling factors or table index");
    if (ids.includes(id)) doubt2("repeated component id");
    ids.push(id);
  }
  return { width, height, ids };
}
function quantTables(b) {
  let p = 0;
  while (p < b.length) {
    const pq = b[p] >> 4;
    const tq = b[p] & 15;
    if (pq !== 0 || tq > 3) doubt2("quantisation table kind");
    p += 65;
  }
  if (p !== b.length || b.length === 0) doubt2("DQT length");
}
function huffmanTables(b) {
  let p = 0;
  while (p < b.length) {
    if (p + 17 > b.length) doubt2("DHT length");
    const tc = b[p] >> 4;
    const th = b[p] & 15;
    if (tc > 1 || th > 3) doubt2("Huffman table kind");
    let count = 0;
    for (let i = 1; i <= 16; i++) count += b[p + i];
    if (count > 256) doubt2("Huffman table of more than 256 codes");
    p += 17 + count;
  }
  if (p !== b.length || b.length === 0) doubt2("DHT length");
}
function scanHeader(b, ids) {
  const count = b[0];
  if (count < 1 || count > 4 || b.length !== 4 + 2 * count) doubt2("scan header length");
  const seen = [];
  for (let i = 0; i < count; i++) {
    const id = b[1 + 2 * i];
    if (!ids.includes(id) || seen.includes(id)) doubt2(`scan component ${id}`);
    seen.push(id);
    if (b[2 + 2 * i] >> 4 > 3 || (b[2 + 2 * i] & 15) > 3) doubt2("scan table index");
  }
}
function orientation(app1) {
  if (app1.length < 14 || ascii2(app1, 0, 6) !== "Exif\0\0") doubt2("EXIF header");
  const t = app1.subarray(6);
  const order = ascii2(t, 0, 2);
  if (order !== "II" && order !== "MM") doubt2("EXIF byte order");
  const le = order === "II";
  const u162 = (o) => le ? t[o] | t[o + 1] << 8 : t[o] << 8 | t[o + 1];
  const u322 = (o) => le ? (t[o] | t[o + 1] << 8 | t[o + 2] << 16 | t[o + 3] << 24) >>> 0 : (t[o] << 24 | t[o + 1] << 16 | t[o + 2] << 8 | t[o + 3]) >>> 0;
  if (u162(2) !== 42) doubt2("TIFF magic");
  const ifd = u322(4);
  if (ifd < 8 || ifd + 2 > t.length) doubt2("IFD0 offset");
  const entries = u162(ifd);
  if (entries === 0 || ifd + 2 + 12 * entries > t.length) doubt2("IFD0 entry table");
  let found = null;
  for (let i = 0; i < entries; i++) {
    const e = ifd + 2 + 12 * i;
    if (u162(e) !== 274) continue;
    if (found !== null) doubt2("two orientation entries");
    if (u162(e + 2) !== 3 || u322(e + 4) !== 1) doubt2("orientation entry type");
    found = u162(e + 8);
    if (found < 1 || found > 8) doubt2(`orientation ${found}`);
  }
  return found;
}
function ascii2(b, o, n) {
  let s = "";
  for (let i = o; i < o + n && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

// src/probes/fast/mp3.ts
async function fastMp3Facts(src, size) {
  let pos = 0;
  for (let tags = 0; ; tags++) {
    const h = await src.read(pos, 10);
    if (h.length < 10 || h[0] !== 73 || h[1] !== 68 || h[2] !== 51) break;
    if (tags >= 4) return doubt3("more than 4 ID3v2 tags");
    const tagSize = syncsafe(h, 6);
    if (tagSize < 0) return doubt3("ID3v2 size not syncsafe");
    if (h[3] !== 3 && h[3] !== 4 || h[4] !== 0) return doubt3(`ID3v2.${h[3]}.${h[4]}`);
    if (h[5] !== 0) return doubt3("ID3v2 header flags");
    if (pos + 10 + tagSize > size) return doubt3("ID3v2 tag runs past the end");
    const why = plainFrames(await src.read(pos + 10, tagSize), h[3]);
    if (why) return doubt3(why);
    pos += 10 + tagSize;
  }
  const head = await src.read(pos, 4);
  const first = parseFrameHeader(head);
  if (!first) return doubt3("no MPEG audio frame right after the tags");
  const key = (h) => `${h[1] & 254},${h[2] >> 2 & 3},${h[3] >> 6 === 3},${h[3] & 3}`;
  if ((head[1] >> 1 & 3) !== 1 || (head[3] & 3) === 2) return doubt3("not layer 3, or a reserved emphasis");
  for (let i = 1, at = pos + first.length; i < 4; i++) {
    const h = await src.read(at, 4);
    const f = parseFrameHeader(h);
    if (!f || key(h) !== key(head)) return doubt3(`frame ${i + 1} differs from the first, or is missing`);
    at += f.length;
  }
  const apeFooter = size - 32 - (await hasId3v1(src, size) ? 128 : 0);
  if (apeFooter >= 0 && asciiOf(await src.read(apeFooter, 8)) === "APETAGEX") return doubt3("APE tag");
  const mp3 = await mp3Duration(src, size);
  if (!mp3) return doubt3("no frame count");
  return {
    ok: true,
    facts: {
      durationSec: mp3.durationSec,
      audioCodec: "mp3",
      sampleRate: first.sampleRate,
      channels: first.channels,
      hasAudioStream: true,
      hasVideoStream: false,
      failure: null
    }
  };
}
var doubt3 = (reason) => ({ ok: false, reason: `mp3: ${reason}` });
function syncsafe(b, o) {
  if ((b[o] | b[o + 1] | b[o + 2] | b[o + 3]) & 128) return -1;
  return b[o] << 21 | b[o + 1] << 14 | b[o + 2] << 7 | b[o + 3];
}
function plainFrames(tag, version2) {
  let p = 0;
  while (p + 10 <= tag.length) {
    if (tag[p] === 0) {
      for (let i = p; i < tag.length; i++) if (tag[i] !== 0) return "bytes after the padding";
      return null;
    }
    const id = asciiOf(tag.subarray(p, p + 4));
    if (!/^T[A-Z0-9]{3}$/.test(id) || id === "TXXX") return `frame ${JSON.stringify(id)}`;
    const size = version2 === 4 ? syncsafe(tag, p + 4) : (tag[p + 4] << 24 | tag[p + 5] << 16 | tag[p + 6] << 8 | tag[p + 7]) >>> 0;
    if (size < 1 || p + 10 + size > tag.length) return `frame ${id} size`;
    if (tag[p + 8] !== 0 || tag[p + 9] !== 0) return `frame ${id} flags`;
    const encoding = tag[p + 10];
    if (encoding !== 0 && encoding !== 3) return `frame ${id} text encoding ${encoding}`;
    p += 10 + size;
  }
  return p === tag.length ? null : "a cut frame header";
}
async function hasId3v1(src, size) {
  return size >= 128 && asciiOf(await src.read(size - 128, 3)) === "TAG";
}
function asciiOf(b) {
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

// src/probes/integrity/isobmff.ts
var MAX_BOXES = 256;
var FIRST_BOXES = /* @__PURE__ */ new Set(["ftyp", "styp", "moov", "mdat", "free", "skip", "wide", "pnot", "uuid", "junk", "meta", "sidx", "moof", "pdin"]);
async function checkIsoBmff(b) {
  const size = b.size;
  let off = 0;
  let moov = false;
  for (let n = 0; off < size; n++) {
    if (n >= MAX_BOXES) return null;
    const h = await b.bytes(off, 16);
    if (h.length < 8) {
      return failure("truncated", `the file ends ${plural(h.length, "byte")} into a box header at offset ${off}`);
    }
    if (!isFourCC(h, 4)) return failure("corrupt", `no valid box at offset ${off} (type bytes are not a four-character code)`);
    const type = ascii(h, 4, 4);
    if (n === 0 && !FIRST_BOXES.has(type)) return failure("corrupt", `the file does not start with an ISO-BMFF box (found "${type}")`);
    let boxSize = be32(h, 0);
    if (boxSize === 1) {
      if (h.length < 16) return failure("truncated", `the file ends inside the 64-bit size of the ${type} box at offset ${off}`);
      boxSize = be32(h, 8) * 2 ** 32 + be32(h, 12);
      if (boxSize < 16) return failure("corrupt", `the ${type} box at offset ${off} has an impossible size (${boxSize})`);
    } else if (boxSize === 0) {
      boxSize = size - off;
    } else if (boxSize < 8) {
      return failure("corrupt", `the ${type} box at offset ${off} has an impossible size (${boxSize})`);
    }
    if (off + boxSize > size) {
      const missing = off + boxSize - size;
      return failure(
        "truncated",
        `the ${type} box at offset ${off} needs ${plural(boxSize, "byte")} but the file ends ${plural(missing, "byte")} early`
      );
    }
    if (type === "moov") moov = true;
    off += boxSize;
  }
  if (!moov) return failure("corrupt", "no moov box: the index that says where the frames are is missing");
  return null;
}

// src/probes/integrity/jpeg.ts
var MAX_SEGMENTS2 = 128;
var TAIL = 16 * 1024;
var FIRST_LOOK = 4 * 1024;
var EOI = [255, 217];
var KNOWN_TRAILERS = ["SEFT"];
var APPENDED_VIDEO = /MotionPhoto|MicroVideo|Container:Directory/;
var XMP_ID = "http://ns.adobe.com/xap/1.0/";
async function checkJpeg(b) {
  const size = b.size;
  const soi = await b.bytes(0, 3);
  if (soi.length < 2 || soi[0] !== 255 || soi[1] !== 216) return failure("corrupt", "the JPEG start-of-image marker (FF D8) is missing");
  let off = 2;
  let scanAt = -1;
  let xmp = null;
  for (let n = 0; n < MAX_SEGMENTS2; n++) {
    const m = await b.bytes(off, 4);
    if (m.length < 2) return failure("truncated", `the file ends in the JPEG headers, before any image data (offset ${off})`);
    if (m[0] !== 255) return failure("corrupt", `expected a JPEG marker at offset ${off}, found 0x${m[0].toString(16)}`);
    const marker = m[1];
    if (marker === 255) {
      off += 1;
      continue;
    }
    if (marker === 217) return failure("corrupt", "the image ends (EOI) before any scan data");
    if (marker === 1 || marker >= 208 && marker <= 215) {
      off += 2;
      continue;
    }
    if (m.length < 4) return failure("truncated", `the file ends inside the header of a JPEG segment at offset ${off}`);
    const length = be16(m, 2);
    if (length < 2) return failure("corrupt", `the JPEG segment at offset ${off} has an impossible length (${length})`);
    if (off + 2 + length > size) {
      return failure("truncated", `the JPEG segment at offset ${off} needs ${plural(length, "byte")} but the file ends first`);
    }
    if (marker === 218) {
      scanAt = off + 2 + length;
      break;
    }
    if (marker === 225 && length > 2 + XMP_ID.length) {
      const id = await b.bytes(off + 4, XMP_ID.length);
      if (ascii(id, 0, id.length) === XMP_ID) xmp = { at: off + 4, length: length - 2 };
    }
    off += 2 + length;
  }
  const from = Math.max(scanAt >= 0 ? scanAt : off, size - TAIL);
  if (from >= size) return failure("truncated", "the file ends where the image data should start");
  const near = Math.max(from, size - FIRST_LOOK);
  if (near > from && indexOf(await b.bytes(near, size - near), EOI) >= 0) return null;
  const tail = await b.bytes(from, size - from);
  if (indexOf(tail, EOI) >= 0) return null;
  const last4 = ascii(tail, Math.max(0, tail.length - 4), 4);
  if (KNOWN_TRAILERS.includes(last4)) return null;
  if (xmp) {
    const text = await b.bytes(xmp.at, Math.min(xmp.length, 64 * 1024));
    if (APPENDED_VIDEO.test(new TextDecoder("latin1").decode(text))) return null;
  }
  return failure("truncated", "no end-of-image marker (FF D9): the image data was cut short");
}

// src/probes/integrity/crc32.ts
var TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 4294967295;
  for (let i = 0; i < buf.length; i++) c = TABLE[(c ^ buf[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}

// src/probes/integrity/png.ts
var SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
var IEND = [0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130];
var TAIL2 = 4096;
async function checkPng(b) {
  const head = await b.bytes(0, 33);
  if (head.length < 8 || SIGNATURE.some((v, i) => head[i] !== v)) {
    if (head.length < 8 && SIGNATURE.slice(0, head.length).every((v, i) => head[i] === v)) {
      return failure("truncated", "the file ends inside the PNG signature");
    }
    return failure("corrupt", "the PNG signature is missing");
  }
  if (head.length < 33) return failure("truncated", "the file ends inside the IHDR header chunk");
  if (be32(head, 8) !== 13 || ascii(head, 12, 4) !== "IHDR") return failure("corrupt", "the first chunk is not a valid IHDR");
  if (crc32(head.subarray(12, 29)) !== be32(head, 29)) return failure("corrupt", "the IHDR chunk checksum does not match");
  if (be32(head, 16) === 0 || be32(head, 20) === 0) return failure("corrupt", "the IHDR chunk gives a zero width or height");
  const start = Math.max(33, b.size - TAIL2);
  const tail = await b.bytes(start, b.size - start);
  if (indexOf(tail, IEND) >= 0) return null;
  return failure("truncated", "no IEND chunk: the image data was cut short");
}

// src/probes/integrity/riff.ts
var MAX_CHUNKS = 64;
var UNKNOWN_SIZES = /* @__PURE__ */ new Set([0, 4294967295]);
async function walkRiff(b, form) {
  const head = await b.bytes(0, 12);
  if (head.length < 12) {
    return ascii(head, 0, Math.min(4, head.length)) === "RIFF".slice(0, Math.min(4, head.length)) ? failure("truncated", "the file ends inside the RIFF header") : failure("corrupt", "the RIFF header is missing");
  }
  if (ascii(head, 0, 4) !== "RIFF" || ascii(head, 8, 4) !== form) return failure("corrupt", `not a RIFF ${form} file`);
  const riffSize = le32(head, 4);
  const riffEnd = UNKNOWN_SIZES.has(riffSize) ? b.size : Math.min(b.size, 8 + riffSize);
  const chunks = [];
  let off = 12;
  while (off < riffEnd) {
    if (chunks.length >= MAX_CHUNKS) return chunks;
    const h = await b.bytes(off, 8);
    if (h.length < 8) {
      if (off + 1 === b.size) break;
      return failure("truncated", `the file ends inside a chunk header at offset ${off}`);
    }
    if (!isFourCC(h, 0)) return failure("corrupt", `no valid chunk at offset ${off}`);
    const id = ascii(h, 0, 4);
    const size = le32(h, 4);
    const last = UNKNOWN_SIZES.has(size) && id === "data";
    const end = last ? b.size : off + 8 + size;
    if (end > b.size) {
      return failure(
        "truncated",
        `the "${id.trim()}" chunk at offset ${off} says ${plural(size, "byte")}; the file ends ${plural(end - b.size, "byte")} early`
      );
    }
    chunks.push({ id, at: off, size: end - off - 8 });
    off = end + (size & 1);
  }
  return chunks;
}
async function checkWav(b) {
  const magic = ascii(await b.bytes(0, 4), 0, 4);
  if (magic === "RF64" || magic === "RIFX" || magic === "BW64") return null;
  const chunks = await walkRiff(b, "WAVE");
  if (!Array.isArray(chunks)) return chunks;
  if (chunks.length >= MAX_CHUNKS) return null;
  if (!chunks.some((c) => c.id === "fmt ")) return failure("corrupt", 'no "fmt" chunk: the audio format is not stated');
  if (!chunks.some((c) => c.id === "data")) return failure("corrupt", 'no "data" chunk: there is no audio');
  return null;
}

// src/probes/integrity/webp.ts
var FIRST = /* @__PURE__ */ new Set(["VP8 ", "VP8L", "VP8X"]);
async function checkWebp(b) {
  const chunks = await walkRiff(b, "WEBP");
  if (!Array.isArray(chunks)) return chunks;
  const riffEnd = 8 + le32(await b.bytes(4, 4), 0);
  if (riffEnd > b.size + 1) {
    return failure("truncated", `the RIFF header says ${plural(riffEnd, "byte")}, the file has ${plural(b.size, "byte")}`);
  }
  if (chunks.length === 0 || !FIRST.has(chunks[0].id)) return failure("corrupt", "the first WebP chunk is not VP8, VP8L or VP8X");
  return null;
}

// src/probes/integrity/index.ts
var CHECKERS = {
  jpeg: checkJpeg,
  png: checkPng,
  webp: checkWebp,
  mp4: checkIsoBmff,
  mov: checkIsoBmff,
  m4a: checkIsoBmff,
  "3gp": checkIsoBmff,
  "3g2": checkIsoBmff,
  wav: checkWav,
  mp3: checkMp3
};
var checkedFormats = Object.keys(CHECKERS);
async function checkIntegrity(src, format) {
  try {
    const size = await src.size();
    if (size === 0) return failure("empty", "the file has no bytes");
    const check = CHECKERS[format];
    return check ? await check(new Blocks(src, size)) : null;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (err instanceof SourceReadError2 || err?.code) return failure("unreadable", text);
    return failure("corrupt", `the ${format} structure could not be parsed: ${text}`);
  }
}

// src/probes/pipeline.ts
async function probeSource(src, fallbacks, opts) {
  const facts = blankFacts(src.id, extensionOf(src.name));
  const { timeoutMs } = opts;
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(
      () => resolve({ ...facts, failure: { reason: "timeout", detail: `probing took longer than ${timeoutMs} ms` } }),
      timeoutMs
    );
  });
  const work = probeInto(guarded(src), facts, Date.now() + timeoutMs, opts.deep ?? false, fallbacks);
  if (opts.settled) void work.catch(() => {
  }).finally(opts.settled);
  try {
    return await Promise.race([work, deadline]);
  } catch (err) {
    if (err instanceof SourceReadError) return { ...facts, failure: { reason: "unreadable", detail: err.message } };
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
async function probeInto(src, facts, deadlineAt, deep, fb) {
  const fail = (reason, detail) => ({ ...facts, failure: { reason, detail } });
  const early = await fb.before?.(src);
  if (early) return fail(early.reason, early.detail);
  let size;
  try {
    size = await src.size();
    facts.bytes = size;
    if (size === 0) return fail("empty", "the file has no bytes");
    await src.read(0, 1);
  } catch (err) {
    return fail("unreadable", errorText(err));
  }
  let sniffed;
  try {
    sniffed = await sniff(src);
  } catch (err) {
    return fail("unreadable", errorText(err));
  }
  Object.assign(facts, {
    kind: sniffed.kind,
    format: sniffed.format,
    mime: sniffed.mime,
    extensionMismatch: sniffed.extensionMismatch,
    probedBy: "file-type"
  });
  if (!sniffed.kind || !sniffed.format) {
    const what = sniffed.detected ? `the content is ${sniffed.detected} (${sniffed.mime})` : "the content is not recognised";
    return fail("unknown_format", `${what}, not an image, video or audio file`);
  }
  const [probed, integrity] = await Promise.all([
    probeKind(src, size, sniffed, Math.max(1, deadlineAt - Date.now()), deep, fb),
    checkIntegrity(src, sniffed.format)
  ]);
  let failure2 = integrity ?? probed.failure ?? null;
  if (deep && !failure2 && (sniffed.kind !== "video" || probed.probedBy === "fast-mp4")) {
    failure2 = await deepFailure(src, sniffed.kind, sniffed.format, size, deadlineAt, fb);
  }
  return { ...facts, ...probed, failure: failure2 };
}
var deepModule;
async function deepFailure(src, kind, format, size, deadlineAt, fb) {
  const { deepInProcess } = await (deepModule ??= import("./deep-7WW5VHSM.js"));
  const own = await deepInProcess(src, format, size, deadlineAt);
  if (own.answered) return own.failure;
  return fb.deep ? fb.deep(src, kind, format, size, Math.max(1, deadlineAt - Date.now())) : null;
}
async function probeKind(src, size, sniffed, timeoutMs, deep, fb) {
  const { kind, format, mime } = sniffed;
  if (kind === "image") {
    if (format === "jpeg") {
      const fast = await fastJpegFacts(src, size);
      if (fast.ok) return { ...fast.facts, failure: null, probedBy: "fast-jpeg" };
    }
    return fb.image(src, size, format, timeoutMs);
  }
  if (kind === "video") {
    if (format === "mp4" || format === "mov") {
      const fast = await fastVideoFacts(src, format);
      if (fast.ok) return { ...fast.facts, sampleRate: null, channels: null, failure: null, probedBy: "fast-mp4" };
    }
    return fb.video(src, format, timeoutMs, deep);
  }
  if (format === "mp3") {
    const fast = await fastMp3Facts(src, size);
    if (fast.ok) return { ...fast.facts, probedBy: "fast-mp3" };
  }
  return fb.audio(src, size, format, mime);
}
function errorText(err) {
  return err instanceof Error ? err.message : String(err);
}

// src/probes/index.ts
var DEFAULT_TIMEOUT_MS = 6e4;
async function probe(input, opts = {}) {
  if (typeof input === "string" && isUrl(input)) return (await import("./url-WZYEQDCU.js")).probeUrl(input, opts);
  const own = typeof input === "string" ? fileSource(input) : void 0;
  const src = own ?? input;
  return probeSource(src, nodeFallbacks(own), {
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deep: opts.deep,
    settled: own && (() => void own.close())
  });
}
function nodeFallbacks(file) {
  return {
    before: async (src) => src.localPath ? checkLocal(src.localPath, file) : null,
    async image(src, size, format, timeoutMs) {
      const { probeImage } = await import("./image-QEMNJFVP.js");
      const img = await probeImage(src, size, format, timeoutMs);
      if (img.width === null && !img.failure) {
        const { probeVideo } = await import("./video-JKLU5TYQ.js");
        const v = await probeVideo(src, { timeoutMs });
        if (!v.failure && v.width !== null) return { width: v.width, height: v.height, rotation: img.rotation, failure: null, probedBy: "ffprobe" };
      }
      return { ...img, probedBy: "sharp" };
    },
    async video(src, _format, timeoutMs, deep) {
      const { probeVideo } = await import("./video-JKLU5TYQ.js");
      return { ...await probeVideo(src, { timeoutMs, deep }), probedBy: "ffprobe" };
    },
    async audio(src, size, format, mime) {
      const { probeAudio } = await import("./audio-EG3UJOZR.js");
      return { ...await probeAudio(src, size, format, mime), probedBy: "music-metadata" };
    },
    async deep(src, kind, format, size, timeoutMs) {
      const { deepCheck } = await import("./deep-2TLRCRMP.js");
      return deepCheck(src, kind, format, size, timeoutMs);
    }
  };
}
async function checkLocal(path, file) {
  try {
    const st = file ? statSync2(path) : await stat(path);
    if (!st.isFile()) return { reason: "not_a_file", detail: `${path} is a ${kindOf(st)}, not a regular file` };
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { reason: "not_found", detail: `${path} does not exist` };
    return { reason: "unreadable", detail: errorText2(err) };
  }
  try {
    if (file) {
      const st = await file.stat();
      return st.isFile() ? null : { reason: "not_a_file", detail: `${path} is a ${kindOf(st)}, not a regular file` };
    }
    const fh = await open(path, constants2.O_RDONLY | constants2.O_NONBLOCK);
    try {
      const st = await fh.stat();
      if (!st.isFile()) return { reason: "not_a_file", detail: `${path} is a ${kindOf(st)}, not a regular file` };
    } finally {
      await fh.close();
    }
  } catch (err) {
    return { reason: "unreadable", detail: errorText2(err) };
  }
  return null;
}
function errorText2(err) {
  return err instanceof Error ? err.message : String(err);
}

export {
  probe
};
