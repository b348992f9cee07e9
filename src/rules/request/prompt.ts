import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';
import { charCount, cjkCount, wordCount } from './promptText.js';

/**
 * Prompt present (where the profile requires it) and its length:
 * - a hard cap in characters (001: 5000, 004: 20000) is an error;
 * - the recommendation of 000 (≤ 500 Chinese characters or ≤ 1000 English words) is a warning.
 *   Mixed prompts spend one budget: cjk/500 + words/1000 must not pass 1.
 */
export const promptRules: RequestRule = (req, { profile }) => {
  const out: Finding[] = [];
  const r = profile.request;
  const prompt = req.prompt ?? '';
  if (prompt.trim() === '') {
    if (r.promptRequired.value) {
      out.push({ code: 'request.prompt_missing', severity: r.promptRequired.severity ?? 'error', args: { empty: req.prompt !== null, source: r.promptRequired.source } });
    }
    return out;
  }
  const max = r.promptMaxChars;
  const chars = charCount(prompt);
  if (max && chars > max.value) {
    out.push({ code: 'request.prompt_length', severity: max.severity ?? 'error', args: { measure: 'chars', actual: chars, limit: max.value, source: max.source } });
  }
  const cjkLimit = r.promptRecommendedCjkChars;
  const wordLimit = r.promptRecommendedWords;
  if (cjkLimit || wordLimit) {
    const cjk = cjkLimit ? cjkCount(prompt) : 0;
    const words = wordLimit ? wordCount(prompt) : 0;
    const load = (cjkLimit ? cjk / cjkLimit.value : 0) + (wordLimit ? words / wordLimit.value : 0);
    if (load > 1) {
      const base = { cjkChars: cjk, words, cjkLimit: cjkLimit?.value ?? null, wordLimit: wordLimit?.value ?? null };
      const args =
        words === 0 && cjkLimit
          ? { measure: 'cjk_chars', actual: cjk, limit: cjkLimit.value, source: cjkLimit.source, ...base }
          : cjk === 0 && wordLimit
            ? { measure: 'words', actual: words, limit: wordLimit.value, source: wordLimit.source, ...base }
            : { measure: 'mixed', actual: Math.round(load * 1000) / 1000, limit: 1, source: (cjkLimit ?? wordLimit)!.source, ...base };
      out.push({ code: 'request.prompt_length', severity: (cjkLimit ?? wordLimit)!.severity ?? 'warning', args });
    }
  }
  return out;
};
