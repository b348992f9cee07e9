import type { Finding } from '../../types.js';
import type { NormalizedRequest } from '../../manifest/types.js';
import type { RequestRule, RequestRuleContext } from './types.js';
import { modelRules } from './model.js';
import { countRules } from './counts.js';
import { kindRules } from './kinds.js';
import { totalRules } from './totals.js';
import { presenceRules } from './presence.js';
import { bodyRules } from './body.js';
import { promptRules } from './prompt.js';
import { referenceRules } from './referenceRules.js';
import { durationRules } from './duration.js';
import { optionRules } from './options.js';
import { seedRules } from './seed.js';
import { callbackRules } from './callback.js';
import { assetPresenceRules } from './assets.js';

export type { RequestRule, RequestRuleContext } from './types.js';
export { parsePromptReferences } from './references.js';
export type { PromptReference, PromptMentions } from './references.js';
export { classifyHost } from './hosts.js';
export { charCount, cjkCount, wordCount } from './promptText.js';

export const requestRules: readonly RequestRule[] = [
  modelRules,
  countRules,
  kindRules,
  totalRules,
  presenceRules,
  bodyRules,
  promptRules,
  referenceRules,
  durationRules,
  optionRules,
  seedRules,
  callbackRules,
  assetPresenceRules,
];

/**
 * The findings of the request rules. Findings made while loading (invalid JSON, schema, unknown
 * fields, escaping paths) are on `req.findings` and are not repeated here; callers report both.
 * A request that did not parse has nothing to check.
 */
export function checkRequest(req: NormalizedRequest, ctx: RequestRuleContext): Finding[] {
  if (!req.parsed) return [];
  const out: Finding[] = [];
  // No spread: a rule may return more findings than a call takes arguments (100,000 missing paths).
  for (const rule of requestRules) for (const f of rule(req, ctx)) out.push(f);
  return out;
}
