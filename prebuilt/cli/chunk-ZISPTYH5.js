import {
  parseFrameHeader
} from "./chunk-DESKUQSG.js";

// src/probes/integrity/blocks.ts
var SourceReadError = class extends Error {
};
function failure(reason, detail) {
  return { reason, detail };
}
var BLOCK = 4096;
var Blocks = class {
  constructor(src, size) {
    this.src = src;
    this.size = size;
  }
  src;
  size;
  cache = /* @__PURE__ */ new Map();
  /** Up to `length` bytes at `offset`; shorter only at the end of the file. */
  async bytes(offset, length) {
    const end = Math.min(offset + length, this.size);
    if (offset < 0 || offset >= end) return new Uint8Array(0);
    const first = Math.floor(offset / BLOCK);
    const last = Math.floor((end - 1) / BLOCK);
    if (first === last) {
      const b = await this.block(first);
      return b.subarray(offset - first * BLOCK, end - first * BLOCK);
    }
    let lo = first;
    while (lo <= last && this.cache.has(lo)) lo++;
    let hi = last;
    while (hi >= lo && this.cache.has(hi)) hi--;
    if (lo <= hi) {
      const run = await this.fetch(lo * BLOCK, Math.min((hi + 1) * BLOCK, this.size) - lo * BLOCK);
      for (let i = lo; i <= hi; i++) {
        if (!this.cache.has(i)) this.cache.set(i, run.subarray((i - lo) * BLOCK, (i - lo + 1) * BLOCK));
      }
      if (lo === first && hi === last) return run.subarray(offset - lo * BLOCK, end - lo * BLOCK);
    }
    const out = new Uint8Array(end - offset);
    let filled = 0;
    for (let i = first; i <= last; i++) {
      const b = await this.block(i);
      const from = Math.max(offset, i * BLOCK);
      const to = Math.min(end, i * BLOCK + b.length);
      if (to <= from) break;
      out.set(b.subarray(from - i * BLOCK, to - i * BLOCK), from - offset);
      filled = to - offset;
      if (to < Math.min(end, (i + 1) * BLOCK)) break;
    }
    return out.subarray(0, filled);
  }
  async block(i) {
    let b = this.cache.get(i);
    if (!b) {
      b = await this.fetch(i * BLOCK, Math.min(BLOCK, this.size - i * BLOCK));
      this.cache.set(i, b);
    }
    return b;
  }
  async fetch(offset, length) {
    try {
      return await this.src.read(offset, length);
    } catch (err) {
      throw new SourceReadError(err instanceof Error ? err.message : String(err));
    }
  }
};
var be16 = (b, o) => b[o] << 8 | b[o + 1];
var be32 = (b, o) => (b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]) >>> 0;
var le32 = (b, o) => (b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24) >>> 0;
var ascii = (b, o, n) => String.fromCharCode(...b.subarray(o, o + n));
function isFourCC(b, o) {
  if (b.length < o + 4) return false;
  for (let i = o; i < o + 4; i++) if (b[i] < 32 || b[i] > 126) return false;
  return true;
}
function indexOf(hay, needle, from = 0) {
  if (needle.length === 0) return Math.min(Math.max(0, from), hay.length);
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(needle[0], Math.max(0, from)); i !== -1 && i <= last; i = hay.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
var plural = (n, what) => `${n.toLocaleString("en-US")} ${what}${n === 1 ? "" : "s"}`;

// src/probes/bytes.ts
var HEAD_BYTES = 64 * 1024;

// src/probes/fast/boxes.ts
var u8 = (b, o) => b[o];
var u16 = (b, o) => b[o] << 8 | b[o + 1];
var u32 = (b, o) => (b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]) >>> 0;
var i32 = (b, o) => b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3];
var u64 = (b, o) => {
  const hi = u32(b, o);
  return hi >= 2097152 ? Number.NaN : hi * 2 ** 32 + u32(b, o + 4);
};
var i64 = (b, o) => {
  const hi = i32(b, o);
  return hi >= 2097152 || hi < -2097152 ? Number.NaN : hi * 2 ** 32 + u32(b, o + 4);
};
var fourcc = (b, o) => String.fromCharCode(b[o], b[o + 1], b[o + 2], b[o + 3]);
function boxAt(b, off, limit) {
  if (off + 8 > limit || off + 8 > b.length) return null;
  let size = u32(b, off);
  let body = off + 8;
  if (size === 1) {
    if (off + 16 > limit || off + 16 > b.length) return null;
    size = u64(b, off + 8);
    body = off + 16;
  } else if (size === 0) {
    size = limit - off;
  }
  if (!(size >= body - off) || off + size > limit) return null;
  return { type: fourcc(b, off + 4), start: off, body, end: off + size };
}
var MAX_CHILDREN = 4096;
function children(b, from, to) {
  const out = [];
  let off = from;
  while (off < to) {
    if (to - off < 8) return u32OrZero(b, off, to) ? out : null;
    const box = boxAt(b, off, to);
    if (!box || out.length >= MAX_CHILDREN) return null;
    out.push(box);
    off = box.end;
  }
  return out;
}
function u32OrZero(b, off, to) {
  for (let i = off; i < to; i++) if (b[i] !== 0) return false;
  return true;
}

// src/probes/fast/locate.ts
var FIRST_READ = 8 * 1024;
var TAIL_READ = 64 * 1024;
var MAX_MOOV = 32 * 1024 * 1024;
var MAX_TOP_BOXES = 64;
var MAX_READS = 12;
var FRAGMENTED = /* @__PURE__ */ new Set(["moof", "mfra", "sidx", "styp", "ssix", "emsg", "prft"]);
async function locateMoov(src, size) {
  let reads = 0;
  let winStart = 0;
  let win = new Uint8Array(0);
  const read = async (offset, length) => {
    reads++;
    return src.read(offset, length);
  };
  const ensure = async (offset, length) => {
    if (offset >= winStart && offset + length <= winStart + win.length) return null;
    if (reads >= MAX_READS) return "too many reads to find the moov";
    winStart = offset;
    const rest = size - offset;
    win = await read(offset, rest <= TAIL_READ ? rest : FIRST_READ);
    return offset + length <= winStart + win.length ? null : `the source returned fewer bytes than its size at ${offset}`;
  };
  let moov = null;
  const mdats = [];
  let off = 0;
  for (let n = 0; off < size; n++) {
    if (n >= MAX_TOP_BOXES) return { ok: false, reason: `more than ${MAX_TOP_BOXES} top-level boxes` };
    const headerLen = Math.min(16, size - off);
    if (headerLen < 8) return { ok: false, reason: `${size - off} stray bytes at the end of the file` };
    const short = await ensure(off, headerLen);
    if (short) return { ok: false, reason: short };
    const rel = off - winStart;
    const type = fourcc(win, rel + 4);
    if (!/^[\x20-\x7e]{4}$/.test(type)) return { ok: false, reason: `no valid box at offset ${off}` };
    const box = boxAt(win, rel, rel + (size - off));
    if (!box) return { ok: false, reason: `the ${type} box at offset ${off} has an impossible size or runs past the end` };
    const end = off + (box.end - rel);
    if (FRAGMENTED.has(type)) return { ok: false, reason: `fragmented file (${type} box)` };
    if (type === "mdat") mdats.push({ start: off + (box.body - rel), end });
    if (type === "moov") {
      if (moov) return { ok: false, reason: "more than one moov box" };
      const len = end - off;
      if (len > MAX_MOOV) return { ok: false, reason: `moov of ${len} bytes` };
      if (off >= winStart && end <= winStart + win.length) {
        moov = win.subarray(off - winStart, end - winStart);
      } else {
        if (reads >= MAX_READS) return { ok: false, reason: "too many reads to find the moov" };
        moov = await read(off, len);
        if (moov.length !== len) return { ok: false, reason: "the moov box is cut short" };
        win = moov;
        winStart = off;
      }
    }
    off = end;
  }
  if (!moov) return { ok: false, reason: "no moov box" };
  return { ok: true, moov, reads, mdats };
}

// src/probes/integrity/mp3.ts
var HEAD = 16 * 1024;
var TAIL = 8 * 1024;
var CHAIN = 3;
function frameAt(buf, p) {
  if (p + 4 > buf.length || (buf[p + 3] & 3) === 2) return null;
  const h = parseFrameHeader(buf.subarray(p, p + 4));
  if (!h) return null;
  const rateIdx = buf[p + 2] >> 2 & 3;
  return { key: buf[p + 1] & 30 | rateIdx << 8, length: h.length };
}
function follow(buf, p, atEnd, limit = Infinity) {
  const first = frameAt(buf, p);
  let frames = 0;
  while (frames < limit) {
    if (atEnd && p === buf.length) return { frames, exact: true, missing: 0 };
    const f = frameAt(buf, p);
    if (!f || !first || f.key !== first.key) {
      const cutHeader = atEnd && frames > 0 && p < buf.length && p + 4 > buf.length && buf[p] === 255;
      return { frames, exact: false, missing: cutHeader ? p + 4 - buf.length : 0 };
    }
    if (p + f.length > buf.length) return { frames, exact: false, missing: atEnd ? p + f.length - buf.length : 0 };
    frames++;
    p += f.length;
  }
  return { frames, exact: false, missing: 0 };
}
async function skipId3v2(b) {
  let off = 0;
  for (let i = 0; i < 4; i++) {
    const h = await b.bytes(off, 10);
    if (h.length < 3 || ascii(h, 0, 3) !== "ID3") return off;
    if (h.length < 10) return failure("truncated", "the file ends inside the ID3 tag header");
    const size = (h[6] & 127) << 21 | (h[7] & 127) << 14 | (h[8] & 127) << 7 | h[9] & 127;
    const end = off + 10 + size + (h[5] & 16 ? 10 : 0);
    if (end > b.size) return failure("truncated", `the ID3 tag says ${plural(size, "byte")}; the file ends first`);
    off = end;
  }
  return off;
}
async function audioEnd(b, start) {
  let end = b.size;
  if (end - start >= 128 && ascii(await b.bytes(end - 128, 3), 0, 3) === "TAG") end -= 128;
  if (end - start >= 32) {
    const footer = await b.bytes(end - 32, 32);
    if (ascii(footer, 0, 8) === "APETAGEX") {
      const tagSize = le32(footer, 12) + (footer[23] & 128 ? 32 : 0);
      if (tagSize <= end - start) end -= tagSize;
    }
  }
  return end;
}
async function checkMp3(b) {
  const start = await skipId3v2(b);
  if (typeof start !== "number") return start;
  const end = await audioEnd(b, start);
  if (start >= end) return failure("corrupt", "no audio after the ID3 tag");
  const head = await b.bytes(start, Math.min(HEAD, end - start));
  const headAtEnd = start + head.length === end;
  let first = -1;
  for (let p = 0; p + 4 <= head.length && p < HEAD / 2; p++) {
    if (head[p] !== 255) continue;
    const c = follow(head, p, headAtEnd, CHAIN);
    if (c.frames >= CHAIN || c.exact && c.frames > 0) {
      first = start + p;
      break;
    }
    if (c.missing > 0 && c.frames > 0) return failure("truncated", `the last MPEG audio frame is cut: ${plural(c.missing, "byte")} missing`);
  }
  if (first < 0) return failure("corrupt", "no run of valid MPEG audio frames at the start of the audio");
  const tailStart = Math.max(first, end - TAIL);
  const tail = await b.bytes(tailStart, end - tailStart);
  let cut = 0;
  for (let p = 0; p + 4 <= tail.length; p++) {
    if (tail[p] !== 255) continue;
    const c = follow(tail, p, true);
    if (c.exact && c.frames > 0) return null;
    if (c.missing > 0 && c.frames > 0) cut = c.missing;
  }
  return cut > 0 ? failure("truncated", `the last MPEG audio frame is cut: ${plural(cut, "byte")} missing`) : null;
}

export {
  HEAD_BYTES,
  u8,
  u16,
  u32,
  i32,
  u64,
  i64,
  fourcc,
  boxAt,
  children,
  locateMoov,
  SourceReadError,
  failure,
  Blocks,
  be16,
  be32,
  le32,
  ascii,
  isFourCC,
  indexOf,
  plural,
  CHAIN,
  frameAt,
  follow,
  skipId3v2,
  audioEnd,
  checkMp3
};
