import type { Finding, Kind } from '../../types.js';
import type { RequestRule } from './types.js';
import { refsOf } from './types.js';
import { parsePromptReferences } from './references.js';
import { shortWritten } from '../../manifest/assets.js';
import { EVOLINK_GUIDE, EVOLINK_TAGS } from '../../profiles/documents.js';

const KINDS: Kind[] = ['image', 'video', 'audio'];

/**
 * Prompt references against the assets (the guide writes "image 1", the older page "@Image1"; both, and 图片1, are recognised in every profile).
 *
 * - request.prompt_reference_missing (error): a hard reference ("image 3", "@Video2", "音频2") to an asset
 *   the request does not have.
 * - request.asset_unreferenced (warning, one per kind listing the assets): assets of kind K the prompt never names, only when the
 *   prompt names kind K by number at least once and does not speak of K as a group ("the 3 images").
 *   A prompt without numbered references is left alone: the guide's own examples describe assets
 *   in prose ("the 3 provided images") or number only some kinds ("video 1", "audio 1" beside an
 *   unnamed image), and those are valid requests.
 */
export const referenceRules: RequestRule = (req) => {
  const { refs, collective } = parsePromptReferences(req.prompt);
  if (refs.length === 0) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const r of refs) {
    if (r.strength !== 'hard') continue;
    const count = refsOf(req, r.kind).length;
    const key = `${r.kind}:${r.number}`;
    if ((r.number >= 1 && r.number <= count) || seen.has(key)) continue;
    seen.add(key);
    out.push({
      code: 'request.prompt_reference_missing',
      severity: 'error',
      args: { kind: r.kind, number: r.number, written: r.written, form: r.form, actual: r.number, limit: count, source: r.form === 'tag' ? EVOLINK_TAGS : EVOLINK_GUIDE },
    });
  }
  for (const kind of KINDS) {
    const assets = refsOf(req, kind);
    const ofKind = refs.filter((r) => r.kind === kind);
    if (assets.length === 0 || collective.has(kind) || !ofKind.some((r) => r.strength === 'hard')) continue;
    const named = new Set(ofKind.map((r) => r.number));
    const form = ofKind.find((r) => r.strength === 'hard')?.form ?? 'natural';
    const missing = assets.filter((a) => !named.has(a.index + 1));
    if (missing.length === 0) continue;
    out.push({
      code: 'request.asset_unreferenced',
      severity: 'warning',
      args: {
        kind,
        indices: missing.map((a) => a.index),
        numbers: missing.map((a) => a.index + 1),
        written: missing.map((a) => shortWritten(a.written)),
        form,
        referenced: [...named].sort((a, b) => a - b),
        actual: missing.length,
        source: form === 'tag' ? EVOLINK_TAGS : EVOLINK_GUIDE,
      },
    });
  }
  return out;
};
