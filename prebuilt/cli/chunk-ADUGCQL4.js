// src/rules/request/references.ts
var EN_KIND = { image: "image", img: "image", picture: "image", pic: "image", photo: "image", video: "video", audio: "audio" };
var ZH_KIND = { \u56FE\u7247: "image", \u56FE\u50CF: "image", \u7167\u7247: "image", \u56FE: "image", \u89C6\u9891: "video", \u97F3\u9891: "audio" };
var kindOf = (word) => EN_KIND[word.toLowerCase()] ?? ZH_KIND[word] ?? "image";
var ZH_NUM = { \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9, \u5341: 10 };
var ORDINAL = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
var MAX_RANGE = 50;
var UNIT_AFTER = /^(?:[A-Za-z\d]|[.,]\d|\s*(?:s|secs?|seconds?|ms|mins?|minutes?|hours?|fps|frames?|px|pixels?|p|k|x|%|hz|khz|kb|mb|gb|times|degrees?|°)(?![A-Za-z])|\s*(?:秒|帧|倍|分钟|分|像素|张|个|段|首|条|帧))/i;
var EN_WORDS = "image|img|picture|pic|photo|video|audio";
var SEP_EN = String.raw`\s{0,3}(?:,|and|&|or|to|through|-|–|—)\s{0,3}`;
var SEP_ZH = String.raw`\s{0,3}(?:,|，|、|和|与|及|或|-|–|—|~|至|到)\s{0,3}`;
var NATURAL = new RegExp(String.raw`(?<![\p{L}\p{N}_@])(${EN_WORDS})(s)?(?:\s{0,3}(?:no\.?|number|#))?\s{0,3}(\d{1,4}(?:${SEP_EN}\d{1,4})*)`, "giu");
var TAG = /@(image|img|video|audio|图片|视频|音频)\s?(\d{1,4})/giu;
var CHINESE = new RegExp(String.raw`(?<![地构试蓝草])(图片|图像|照片|图|视频|音频)\s{0,3}(\d{1,4}(?:${SEP_ZH}\d{1,4})*)`, "gu");
var CHINESE_NUMERAL = /(图片|图像|照片|视频|音频)([一二三四五六七八九十])/gu;
var ORDINAL_EN = new RegExp(String.raw`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th)\s{1,3}(?:reference\s{1,3}|ref\s{1,3}|input\s{1,3})?(${EN_WORDS})(?![\p{L}])`, "giu");
var ORDINAL_ZH = /第\s{0,3}([1-9一二三四五六七八九十])\s{0,3}[张个段首条幅]?\s{0,3}(?:参考)?(图片|图像|照片|图|视频|音频)/gu;
var COLLECTIVE_EN = /\b(images|imgs|pictures|pics|photos|videos|audios|audio clips|audio tracks)\b(?!\s{0,3}(?:no\.?|number|#)?\s{0,3}\d)|\b(?:all|both|each|every)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?(?:reference\s{1,3})?(image|picture|photo|video|audio)/giu;
var COLLECTIVE_ZH = /(?<!第\s{0,3})(?:所有|全部|这些|那些|这几|几|每|各|[两二三四五六七八九\d]{1,4}\s{0,3})[张个段首条幅]?\s{0,3}(?:参考)?(图片|图像|照片|图|视频|音频)/gu;
var KIND_NO = { image: 0, video: 1, audio: 2 };
var FORM_NO = { natural: 0, tag: 1, chinese: 2 };
var SPLITTERS = /* @__PURE__ */ new Map();
function listNumbers(list, tail, sep) {
  if (/^\d+$/.test(list)) return UNIT_AFTER.test(tail) ? [] : [Number(list)];
  let splitter = SPLITTERS.get(sep);
  if (!splitter) SPLITTERS.set(sep, splitter = new RegExp(`(${sep})`, "iu"));
  const parts = list.split(splitter);
  const items = [];
  for (let i = 0; i < parts.length; i += 2) {
    const n = Number(parts[i]);
    const joiner = parts[i - 1]?.trim().toLowerCase();
    const prev = items.at(-1);
    if (prev && joiner && /^(?:-|–|—|~|to|through|至|到)$/.test(joiner)) {
      const from = prev[prev.length - 1];
      const range = [];
      for (let k = from + 1; k <= Math.min(n, from + MAX_RANGE); k++) range.push(k);
      prev.push(...range.length ? range : [n]);
    } else items.push([n]);
  }
  if (UNIT_AFTER.test(tail)) items.pop();
  return items.flat();
}
function parsePromptReferences(prompt) {
  const first = /* @__PURE__ */ new Map();
  let seq = 0;
  const refs = {
    push(r) {
      const key = ((KIND_NO[r.kind] * 3 + FORM_NO[r.form]) * 2 + (r.strength === "hard" ? 0 : 1)) * 1e5 + r.number;
      const had = first.get(key);
      if (!had || r.offset < had.ref.offset) first.set(key, { ref: r, seq: had?.seq ?? seq });
      seq++;
    }
  };
  const collective = /* @__PURE__ */ new Set();
  if (!prompt) return { refs: [], collective };
  const text = prompt.normalize("NFKC");
  const tailAt = (m) => text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  for (const m of text.matchAll(NATURAL)) {
    const kind = kindOf(m[1]);
    for (const number of listNumbers(m[3], tailAt(m), SEP_EN)) refs.push({ kind, number, written: m[0].trim(), form: "natural", strength: "hard", offset: m.index });
  }
  for (const m of text.matchAll(TAG)) {
    if (/^[A-Za-z\d]/.test(tailAt(m))) continue;
    refs.push({ kind: kindOf(m[1]), number: Number(m[2]), written: m[0], form: "tag", strength: "hard", offset: m.index });
  }
  for (const m of text.matchAll(CHINESE)) {
    if (text[m.index - 1] === "@") continue;
    const kind = kindOf(m[1]);
    for (const number of listNumbers(m[2], tailAt(m), SEP_ZH)) refs.push({ kind, number, written: m[0].trim(), form: "chinese", strength: "hard", offset: m.index });
  }
  for (const m of text.matchAll(CHINESE_NUMERAL)) {
    refs.push({ kind: kindOf(m[1]), number: ZH_NUM[m[2]], written: m[0], form: "chinese", strength: "soft", offset: m.index });
  }
  for (const m of text.matchAll(ORDINAL_EN)) {
    const w = m[1].toLowerCase();
    refs.push({ kind: kindOf(m[2]), number: ORDINAL[w] ?? parseInt(w, 10), written: m[0], form: "natural", strength: "soft", offset: m.index });
  }
  for (const m of text.matchAll(ORDINAL_ZH)) {
    refs.push({ kind: kindOf(m[2]), number: ZH_NUM[m[1]] ?? Number(m[1]), written: m[0], form: "chinese", strength: "soft", offset: m.index });
  }
  for (const m of text.matchAll(COLLECTIVE_EN)) {
    const word = (m[1] ?? m[2]).toLowerCase();
    collective.add(word.startsWith("audio") ? "audio" : word.startsWith("video") ? "video" : "image");
  }
  for (const m of text.matchAll(COLLECTIVE_ZH)) collective.add(kindOf(m[1]));
  const unique = [...first.values()].sort((x, y) => x.ref.offset - y.ref.offset || x.seq - y.seq).map((e) => e.ref);
  return { refs: unique, collective };
}

export {
  parsePromptReferences
};
