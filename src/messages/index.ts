import type { Finding, Problem } from '../types.js';
import type { MessageTable } from './types.js';
import { assetMessages } from './asset.js';
import { requestMessages } from './request.js';

export type { MessageSpec, MessageTable, Args } from './types.js';

/** The one place finding codes get their words. */
export const messages: MessageTable = { ...assetMessages, ...requestMessages };

export function render(finding: Finding, subject: string): Problem {
  const spec = messages[finding.code];
  const a = finding.args;
  return {
    code: finding.code,
    severity: finding.severity,
    message: spec ? spec.message(a, subject) : `${finding.code} ${JSON.stringify(a)}`,
    fix: spec?.fix ? spec.fix(a, subject) : null,
    actual: a.actual ?? null,
    limit: a.limit ?? null,
    seed: typeof a.seed === 'string' ? a.seed : null,
  };
}
