import type { Kind } from '../../types.js';

/**
 * Finds where a prompt refers to assets by number: "image 2", "Video 1", "@Image1", "@audio2",
 * "图片1", "视频1", "音频1", "图1", lists ("images 1 and 2", "videos 1-3", "图片1、2").
 *
 * Hard references (a digit after the asset word) are what the model maps to array order (000, 001);
 * a missing asset behind one is an error. Soft references ("the second video", "图片二", "第2张图")
 * only count as mentions (they mark an asset as referenced, nothing more), because ordinals and
 * Chinese numerals also occur in ordinary prose ("像视频一样" is "like a video").
 *
 * Not references: a number before the word ("4 images", "3张图片"), a number with a unit after it
 * ("video 5 seconds long", "视频15秒", "video 1080p", "2x"), decimals ("image 1.5").
 */

export type ReferenceForm = 'natural' | 'tag' | 'chinese';

export interface PromptReference {
  kind: Kind;
  /** 1-based, as written. */
  number: number;
  /** The matched text, e.g. "Image 2" or "图片1". */
  written: string;
  form: ReferenceForm;
  strength: 'hard' | 'soft';
  /** Offset in the NFKC-normalised prompt. */
  offset: number;
}

export interface PromptMentions {
  refs: PromptReference[];
  /** Kinds the prompt mentions as a group ("the 3 images", "all videos", "这些图片"). */
  collective: Set<Kind>;
}

const EN_KIND: Record<string, Kind> = { image: 'image', img: 'image', picture: 'image', pic: 'image', photo: 'image', video: 'video', audio: 'audio' };
const ZH_KIND: Record<string, Kind> = { 图片: 'image', 图像: 'image', 照片: 'image', 图: 'image', 视频: 'video', 音频: 'audio' };
const kindOf = (word: string): Kind => EN_KIND[word.toLowerCase()] ?? ZH_KIND[word] ?? 'image';

const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** Largest number a list range is expanded to ("images 1-3"); beyond it nothing is real anyway. */
const MAX_RANGE = 50;

// Whitespace runs in the patterns below are bounded ({0,3}) so no pattern can go quadratic on long blank runs.
// A number that is a quantity, not an index: a unit after it ("5 seconds", "1080p", "15秒").
const UNIT_AFTER =
  /^(?:[A-Za-z\d]|[.,]\d|\s*(?:s|secs?|seconds?|ms|mins?|minutes?|hours?|fps|frames?|px|pixels?|p|k|x|%|hz|khz|kb|mb|gb|times|degrees?|°)(?![A-Za-z])|\s*(?:秒|帧|倍|分钟|分|像素|张|个|段|首|条|帧))/i;

const EN_WORDS = 'image|img|picture|pic|photo|video|audio';
const SEP_EN = String.raw`\s{0,3}(?:,|and|&|or|to|through|-|–|—)\s{0,3}`;
const SEP_ZH = String.raw`\s{0,3}(?:,|，|、|和|与|及|或|-|–|—|~|至|到)\s{0,3}`;

const NATURAL = new RegExp(String.raw`(?<![\p{L}\p{N}_@])(${EN_WORDS})(s)?(?:\s{0,3}(?:no\.?|number|#))?\s{0,3}(\d{1,4}(?:${SEP_EN}\d{1,4})*)`, 'giu');
const TAG = /@(image|img|video|audio|图片|视频|音频)\s?(\d{1,4})/giu;
const CHINESE = new RegExp(String.raw`(?<![地构试蓝草])(图片|图像|照片|图|视频|音频)\s{0,3}(\d{1,4}(?:${SEP_ZH}\d{1,4})*)`, 'gu');
const CHINESE_NUMERAL = /(图片|图像|照片|视频|音频)([一二三四五六七八九十])/gu;
const ORDINAL_EN = new RegExp(String.raw`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th)\s{1,3}(?:reference\s{1,3}|ref\s{1,3}|input\s{1,3})?(${EN_WORDS})(?![\p{L}])`, 'giu');
const ORDINAL_ZH = /第\s{0,3}([1-9一二三四五六七八九十])\s{0,3}[张个段首条幅]?\s{0,3}(?:参考)?(图片|图像|照片|图|视频|音频)/gu;
const COLLECTIVE_EN = /\b(images|imgs|pictures|pics|photos|videos|audios|audio clips|audio tracks)\b(?!\s{0,3}(?:no\.?|number|#)?\s{0,3}\d)|\b(?:all|both|each|every)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?(?:reference\s{1,3})?(image|picture|photo|video|audio)/giu;
const COLLECTIVE_ZH = /(?<!第\s{0,3})(?:所有|全部|这些|那些|这几|几|每|各|[两二三四五六七八九\d]{1,4}\s{0,3})[张个段首条幅]?\s{0,3}(?:参考)?(图片|图像|照片|图|视频|音频)/gu;

// A number per (kind, form, strength, number): cheaper than a string key per match. Numbers stay below 1e5.
const KIND_NO: Record<Kind, number> = { image: 0, video: 1, audio: 2 };
const FORM_NO: Record<ReferenceForm, number> = { natural: 0, tag: 1, chinese: 2 };

const SPLITTERS = new Map<string, RegExp>();
/** Splits "1, 2 and 4-6" into numbers; the last item is dropped when a unit follows it. */
function listNumbers(list: string, tail: string, sep: string): number[] {
  // Most matches are a single number: no split, no regex.
  if (/^\d+$/.test(list)) return UNIT_AFTER.test(tail) ? [] : [Number(list)];
  let splitter = SPLITTERS.get(sep);
  if (!splitter) SPLITTERS.set(sep, (splitter = new RegExp(`(${sep})`, 'iu')));
  const parts = list.split(splitter);
  const items: number[][] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const n = Number(parts[i]);
    const joiner = parts[i - 1]?.trim().toLowerCase();
    const prev = items.at(-1);
    if (prev && joiner && /^(?:-|–|—|~|to|through|至|到)$/.test(joiner)) {
      const from = prev[prev.length - 1];
      const range: number[] = [];
      for (let k = from + 1; k <= Math.min(n, from + MAX_RANGE); k++) range.push(k);
      // A range belongs to the item before it: "1-3" is one item, dropped together if a unit follows.
      prev.push(...(range.length ? range : [n]));
    } else items.push([n]);
  }
  if (UNIT_AFTER.test(tail)) items.pop();
  return items.flat();
}

export function parsePromptReferences(prompt: string | null | undefined): PromptMentions {
  // First occurrence of each reference only, kept as they are found: a 64 MB prompt must become
  // neither millions of objects nor a sort of them.
  const first = new Map<number, { ref: PromptReference; seq: number }>();
  let seq = 0;
  const refs = {
    push(r: PromptReference): void {
      const key = ((KIND_NO[r.kind] * 3 + FORM_NO[r.form]) * 2 + (r.strength === 'hard' ? 0 : 1)) * 1e5 + r.number;
      const had = first.get(key);
      if (!had || r.offset < had.ref.offset) first.set(key, { ref: r, seq: had?.seq ?? seq });
      seq++;
    },
  };
  const collective = new Set<Kind>();
  if (!prompt) return { refs: [], collective };
  const text = prompt.normalize('NFKC');
  const tailAt = (m: RegExpExecArray) => text.slice(m.index + m[0].length, m.index + m[0].length + 12);

  for (const m of text.matchAll(NATURAL)) {
    const kind = kindOf(m[1]);
    for (const number of listNumbers(m[3], tailAt(m), SEP_EN)) refs.push({ kind, number, written: m[0].trim(), form: 'natural', strength: 'hard', offset: m.index });
  }
  for (const m of text.matchAll(TAG)) {
    if (/^[A-Za-z\d]/.test(tailAt(m))) continue;
    refs.push({ kind: kindOf(m[1]), number: Number(m[2]), written: m[0], form: 'tag', strength: 'hard', offset: m.index });
  }
  for (const m of text.matchAll(CHINESE)) {
    if (text[m.index - 1] === '@') continue;
    const kind = kindOf(m[1]);
    for (const number of listNumbers(m[2], tailAt(m), SEP_ZH)) refs.push({ kind, number, written: m[0].trim(), form: 'chinese', strength: 'hard', offset: m.index });
  }
  for (const m of text.matchAll(CHINESE_NUMERAL)) {
    refs.push({ kind: kindOf(m[1]), number: ZH_NUM[m[2]], written: m[0], form: 'chinese', strength: 'soft', offset: m.index });
  }
  for (const m of text.matchAll(ORDINAL_EN)) {
    const w = m[1].toLowerCase();
    refs.push({ kind: kindOf(m[2]), number: ORDINAL[w] ?? parseInt(w, 10), written: m[0], form: 'natural', strength: 'soft', offset: m.index });
  }
  for (const m of text.matchAll(ORDINAL_ZH)) {
    refs.push({ kind: kindOf(m[2]), number: ZH_NUM[m[1]] ?? Number(m[1]), written: m[0], form: 'chinese', strength: 'soft', offset: m.index });
  }
  for (const m of text.matchAll(COLLECTIVE_EN)) {
    const word = (m[1] ?? m[2]).toLowerCase();
    collective.add(word.startsWith('audio') ? 'audio' : word.startsWith('video') ? 'video' : 'image');
  }
  for (const m of text.matchAll(COLLECTIVE_ZH)) collective.add(kindOf(m[1]));

  const unique = [...first.values()].sort((x, y) => x.ref.offset - y.ref.offset || x.seq - y.seq).map((e) => e.ref);
  return { refs: unique, collective };
}
