// src/probes/fast/sniff.ts
var LOOK = 4100;
async function quickSniff(src, size) {
  let pos = 0;
  for (let tags = 0; tags < 8; tags++) {
    const b = await src.read(pos, Math.min(LOOK, size - pos));
    if (b.length < 4) return null;
    if (pos === 0 && b[0] === 255 && b[1] === 216 && b[2] === 255) return b[3] === 247 ? null : { ext: "jpg", mime: "image/jpeg" };
    if (pos === 0 && b.length >= 12 && b[0] === 0 && b[1] === 0 && b[2] === 0 && ascii(b, 4, 4) === "ftyp" && (b[8] & 96) !== 0) return isoBrand(b);
    if (b[0] === 73 && b[1] === 68 && b[2] === 51) {
      if (b.length < 10) return null;
      const tagSize = b[9] & 127 | b[8] << 7 | b[7] << 14 | b[6] << 21;
      if (pos + 10 + tagSize > size) return { ext: "mp3", mime: "audio/mpeg" };
      pos += 10 + tagSize;
      continue;
    }
    return layer3At(b) && !otherSignature(b) ? { ext: "mp3", mime: "audio/mpeg" } : null;
  }
  return null;
}
function isoBrand(b) {
  const brand = ascii(b, 8, 4).replace("\0", " ").trim();
  switch (brand) {
    case "avif":
    case "avis":
      return { ext: "avif", mime: "image/avif" };
    case "mif1":
      return { ext: "heic", mime: "image/heif" };
    case "msf1":
      return { ext: "heic", mime: "image/heif-sequence" };
    case "heic":
    case "heix":
      return { ext: "heic", mime: "image/heic" };
    case "hevc":
    case "hevx":
      return { ext: "heic", mime: "image/heic-sequence" };
    case "qt":
      return { ext: "mov", mime: "video/quicktime" };
    case "M4V":
    case "M4VH":
    case "M4VP":
      return { ext: "m4v", mime: "video/x-m4v" };
    case "M4P":
      return { ext: "m4p", mime: "video/mp4" };
    case "M4B":
      return { ext: "m4b", mime: "audio/mp4" };
    case "M4A":
      return { ext: "m4a", mime: "audio/x-m4a" };
    case "F4V":
      return { ext: "f4v", mime: "video/mp4" };
    case "F4P":
      return { ext: "f4p", mime: "video/mp4" };
    case "F4A":
      return { ext: "f4a", mime: "audio/mp4" };
    case "F4B":
      return { ext: "f4b", mime: "audio/mp4" };
    case "crx":
      return { ext: "cr3", mime: "image/x-canon-cr3" };
    default:
      if (brand.startsWith("3g2")) return { ext: "3g2", mime: "video/3gpp2" };
      if (brand.startsWith("3g")) return { ext: "3gp", mime: "video/3gpp" };
      return { ext: "mp4", mime: "video/mp4" };
  }
}
function layer3At(b) {
  return b[0] === 255 && (b[1] & 224) === 224 && (b[1] & 6) === 2;
}
function otherSignature(b) {
  const at = (o, s) => {
    for (let i = 0; i < s.length; i++) {
      if ((b[o + i] ?? 0) !== (typeof s === "string" ? s.charCodeAt(i) : s[i])) return false;
    }
    return true;
  };
  if (["free", "mdat", "moov", "wide", "ftyp"].some((t) => at(4, t))) return true;
  if (at(2, [39, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])) return true;
  if (at(36, "acsp") || at(7, "**ACE") || at(44, "SCRM") || at(60, "BOOKMOBI") || at(128, "DICM") || at(34, "LP")) return true;
  if (b[4] === 71 && b[196] === 71) return true;
  if (at(257, "ustar")) return true;
  return at(257, [0, 0, 0, 0, 0, 0]) && tarChecksumMatches(b);
}
function tarChecksumMatches(b) {
  const field = new TextDecoder("utf-8").decode(b.subarray(148, 154));
  const readSum = Number.parseInt(field.replace(/\0.*$/, "").trim(), 8);
  if (Number.isNaN(readSum)) return false;
  let sum = 8 * 32;
  for (let i = 0; i < 148; i++) sum += b[i] ?? 0;
  for (let i = 156; i < 512; i++) sum += b[i] ?? 0;
  return readSum === sum;
}
function ascii(b, o, n) {
  let s = "";
  for (let i = o; i < o + n && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

// src/probes/sniff.ts
var FORMATS = {
  jpeg: { kind: "image", exts: ["jpg", "jpeg", "jpe", "jfif"] },
  png: { kind: "image", exts: ["png", "apng"] },
  webp: { kind: "image", exts: ["webp"] },
  gif: { kind: "image", exts: ["gif"] },
  bmp: { kind: "image", exts: ["bmp", "dib"] },
  tiff: { kind: "image", exts: ["tif", "tiff"] },
  heic: { kind: "image", exts: ["heic", "heif", "hif"] },
  avif: { kind: "image", exts: ["avif"] },
  jxl: { kind: "image", exts: ["jxl"] },
  mp4: { kind: "video", exts: ["mp4", "m4v", "f4v", "m4p", "m4a"] },
  mov: { kind: "video", exts: ["mov", "qt"] },
  "3gp": { kind: "video", exts: ["3gp", "3gpp"] },
  "3g2": { kind: "video", exts: ["3g2", "3gpp2"] },
  mkv: { kind: "video", exts: ["mkv", "mka", "mk3d"] },
  webm: { kind: "video", exts: ["webm"] },
  avi: { kind: "video", exts: ["avi"] },
  flv: { kind: "video", exts: ["flv"] },
  mpeg: { kind: "video", exts: ["mpg", "mpeg", "vob"] },
  mts: { kind: "video", exts: ["mts", "m2ts", "ts"] },
  asf: { kind: "video", exts: ["asf", "wmv", "wma"] },
  ogv: { kind: "video", exts: ["ogv", "ogg"] },
  mp3: { kind: "audio", exts: ["mp3"] },
  wav: { kind: "audio", exts: ["wav", "wave"] },
  flac: { kind: "audio", exts: ["flac"] },
  ogg: { kind: "audio", exts: ["ogg", "oga"] },
  opus: { kind: "audio", exts: ["opus", "ogg"] },
  m4a: { kind: "audio", exts: ["m4a", "m4b", "mp4", "aac"] },
  aac: { kind: "audio", exts: ["aac"] },
  aiff: { kind: "audio", exts: ["aif", "aiff", "aifc"] },
  amr: { kind: "audio", exts: ["amr"] },
  ac3: { kind: "audio", exts: ["ac3"] }
};
var ALIASES = {
  jpg: "jpeg",
  apng: "png",
  tif: "tiff",
  m4v: "mp4",
  f4v: "mp4",
  m4p: "mp4",
  m4b: "m4a",
  f4a: "m4a",
  f4b: "m4a",
  mpg: "mpeg",
  m2ts: "mts",
  oga: "ogg",
  spx: "ogg",
  aif: "aiff",
  wma: "asf",
  wmv: "asf"
};
function extensionOf(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
function isExtensionMismatch(format, extension) {
  if (!format || !extension) return false;
  const exts = FORMATS[format]?.exts ?? [format];
  return !exts.includes(extension);
}
async function sniff(src) {
  const found = await quickSniff(src, await src.size()) ?? await fileType(src);
  if (!found) return { kind: null, format: null, mime: null, detected: null, extensionMismatch: false };
  const format = ALIASES[found.ext] ?? found.ext;
  const kind = FORMATS[format]?.kind ?? kindFromMime(found.mime);
  if (!kind) return { kind: null, format, mime: found.mime, detected: found.ext, extensionMismatch: false };
  return {
    kind,
    format,
    mime: found.mime,
    detected: found.ext,
    extensionMismatch: isExtensionMismatch(format, extensionOf(src.name))
  };
}
async function fileType(src) {
  const [{ fileTypeFromTokenizer }, { tokenizerFor }] = await Promise.all([import("file-type"), import("./tokenizer-3DX3NFGE.js")]);
  const tokenizer = await tokenizerFor(src);
  let found;
  try {
    found = await fileTypeFromTokenizer(tokenizer);
  } catch {
    found = void 0;
  }
  if (tokenizer.readError !== void 0) throw tokenizer.readError;
  return found;
}
function kindFromMime(mime) {
  const top = mime.split("/")[0];
  return top === "image" || top === "video" || top === "audio" ? top : null;
}

export {
  extensionOf,
  sniff
};
