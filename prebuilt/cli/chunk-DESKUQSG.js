import {
  WindowReader
} from "./chunk-SRTY4ZIH.js";

// src/probes/mp3.ts
var BITRATES = {
  "1-1": [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  "1-2": [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  "1-3": [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  "2-1": [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  "2-2": [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  "2-3": [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
};
var SAMPLE_RATES = { 3: [44100, 48e3, 32e3], 2: [22050, 24e3, 16e3], 0: [11025, 12e3, 8e3] };
function parseFrameHeader(b) {
  if (b.length < 4 || b[0] !== 255 || (b[1] & 224) !== 224) return null;
  const version = b[1] >> 3 & 3;
  const layer = 4 - (b[1] >> 1 & 3);
  const bitrateIndex = b[2] >> 4;
  const rateIndex = b[2] >> 2 & 3;
  if (version === 1 || layer === 4 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const mpeg1 = version === 3;
  const kbps = BITRATES[`${mpeg1 ? 1 : 2}-${layer}`][bitrateIndex];
  const sampleRate = SAMPLE_RATES[version][rateIndex];
  const padding = b[2] >> 1 & 1;
  const samples = layer === 1 ? 384 : layer === 3 && !mpeg1 ? 576 : 1152;
  const length = layer === 1 ? (Math.floor(12 * kbps * 1e3 / sampleRate) + padding) * 4 : Math.floor(samples / 8 * kbps * 1e3 / sampleRate) + padding;
  return { length, samples, sampleRate, channels: b[3] >> 6 === 3 ? 1 : 2, mpeg1 };
}
var ascii = (b) => String.fromCharCode(...b);
async function skipId3v2(r) {
  let pos = 0;
  for (; ; ) {
    const h = await r.read(pos, 10);
    if (h.length < 10 || ascii(h.subarray(0, 3)) !== "ID3") return pos;
    const size = (h[6] & 127) << 21 | (h[7] & 127) << 14 | (h[8] & 127) << 7 | h[9] & 127;
    pos += 10 + size + (h[5] & 16 ? 10 : 0);
  }
}
async function frameAt(r, pos) {
  const h = parseFrameHeader(await r.read(pos, 4));
  if (!h) return null;
  const next = pos + h.length;
  if (next + 4 > r.size) return next <= r.size ? h : null;
  const n = parseFrameHeader(await r.read(next, 4));
  return n && n.sampleRate === h.sampleRate ? h : null;
}
async function syncFrom(r, pos, limit) {
  for (let p = pos; p < Math.min(limit, r.size - 3); p++) {
    const b = await r.read(p, 1);
    if (b[0] === 255 && await frameAt(r, p)) return p;
  }
  return null;
}
async function headerCount(r, pos, h) {
  const sideInfo = h.mpeg1 ? h.channels === 1 ? 17 : 32 : h.channels === 1 ? 9 : 17;
  const at = pos + 4 + sideInfo;
  const x = await r.read(at, 12);
  const tag = ascii(x.subarray(0, 4));
  if ((tag === "Xing" || tag === "Info") && x.length === 12 && x[7] & 1) {
    const frames = (x[8] << 24 | x[9] << 16 | x[10] << 8 | x[11]) >>> 0;
    return { from: tag === "Xing" ? "xing" : "info", frames, trim: await lameTrim(r, at, x[7]) };
  }
  const v = await r.read(pos + 36, 18);
  if (v.length === 18 && ascii(v.subarray(0, 4)) === "VBRI") {
    return { from: "vbri", frames: (v[14] << 24 | v[15] << 16 | v[16] << 8 | v[17]) >>> 0, trim: 0 };
  }
  if (tag === "Xing" || tag === "Info") return { from: "tagonly", frames: 0, trim: 0 };
  return null;
}
async function lameTrim(r, xingAt, flags) {
  const lameAt = xingAt + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  const t = await r.read(lameAt, 24);
  if (t.length < 24 || !/^(LAME|Lavc|Lavf|L3.99|GOGO)/.test(ascii(t.subarray(0, 4)) + ascii(t.subarray(4, 5)))) return 0;
  const delay = t[21] << 4 | t[22] >> 4;
  const padding = (t[22] & 15) << 8 | t[23];
  return delay + padding;
}
async function mp3Duration(src, size) {
  const r = new WindowReader(src, size, 64 * 1024);
  const audioStart = await skipId3v2(r);
  const first = await syncFrom(r, audioStart, audioStart + 64 * 1024);
  if (first === null) return null;
  const h = await frameAt(r, first);
  const counted = await headerCount(r, first, h);
  if (counted && counted.from !== "tagonly" && counted.frames > 0) {
    const samples = counted.frames * h.samples;
    const trimmed = counted.trim < samples ? samples - counted.trim : samples;
    return { durationSec: trimmed / h.sampleRate, from: counted.from, frames: counted.frames, sampleRate: h.sampleRate, channels: h.channels };
  }
  let pos = counted ? first + h.length : first;
  let frames = 0;
  let seconds = 0;
  while (pos + 4 <= size) {
    const f = parseFrameHeader(await r.read(pos, 4));
    if (f && pos + f.length <= size) {
      frames++;
      seconds += f.samples / f.sampleRate;
      pos += f.length;
      continue;
    }
    const tag = ascii(await r.read(pos, 3));
    if (tag === "TAG" || tag === "APE" || tag === "LYR" || f) break;
    const next = await syncFrom(r, pos + 1, pos + 4096);
    if (next === null) break;
    pos = next;
  }
  return { durationSec: seconds, from: "scan", frames, sampleRate: h.sampleRate, channels: h.channels };
}

export {
  parseFrameHeader,
  mp3Duration
};
