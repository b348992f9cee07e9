import type { Facts, Finding } from '../types.js';
import type { Profile } from '../profiles/types.js';
import type { Plan, PlanOptions } from './types.js';
import { planImage } from './plan-image.js';
import { planVideo } from './plan-video.js';
import { planAudio } from './plan-audio.js';
import { predict } from './predict.js';
import { checkAsset } from '../rules/asset/index.js';

/**
 * Pure: from the facts and the asset findings of one file, which steps make it pass and why.
 * A file without errors (and no manifest budget to meet) is unchanged.
 */
export function plan(facts: Facts, findings: Finding[], profile: Profile, opts: PlanOptions = {}): Plan {
  const base = { source: facts.source, kind: facts.kind };
  const errors = findings.filter((f) => f.severity === 'error');
  const unreadable = errors.find((f) => f.code.startsWith('file.'));
  if (facts.failure || facts.kind === null || unreadable) {
    const code = unreadable?.code ?? 'file.unknown_format';
    return { ...base, status: 'unfixable', code, why: 'unreadable', detail: facts.failure?.detail ?? null, actions: [] };
  }
  const budget = opts.trimTo && facts.durationSec !== null && facts.durationSec > opts.trimTo.sec;
  const share = opts.maxBytes && facts.bytes !== null && facts.bytes > opts.maxBytes.bytes;
  if (errors.length === 0 && !budget && !share) return { ...base, status: 'unchanged', actions: [] };

  const kind = facts.kind;
  const r = kind === 'image' ? planImage(facts, errors, profile, opts) : kind === 'video' ? planVideo(facts, errors, profile, opts) : planAudio(facts, errors, profile, opts);
  if ('unfixable' in r) return { ...base, status: 'unfixable', code: r.unfixable.code, why: r.unfixable.why, detail: r.unfixable.detail ?? null, actions: [] };
  // the output, predicted from the steps, must pass the same rules, or it would fail its re-check
  const left = checkAsset(predict(facts, r.actions, r.output), profile).filter((f) => f.severity === 'error');
  if (left.length) return { ...base, status: 'unfixable', code: left[0].code, why: 'unsupported', detail: null, actions: [] };
  return { source: facts.source, kind, status: 'fix', actions: r.actions, output: r.output };
}
