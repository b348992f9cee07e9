/** Measures of prompt text, for the length rules. */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Characters as a person counts them: code points, so an emoji or a rare Han character is one. */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Chinese (and Japanese/Korean) characters: the unit of 000's "≤ 500 Chinese chars". */
export function cjkCount(s: string): number {
  return count(s, CJK);
}

/** Words outside CJK text: the unit of 000's "≤ 1000 English words" ("first-person" and "video's" are one word). */
export function wordCount(s: string): number {
  return count(s.replace(CJK, ' '), WORD);
}

/** Counts matches without building an array of them (prompts may be megabytes). */
function count(s: string, re: RegExp): number {
  let n = 0;
  for (const _ of s.matchAll(re)) n++;
  return n;
}
