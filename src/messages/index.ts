import type { Citation, Finding, Problem } from '../types.js';
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
    source: citation(a.source),
    ...(typeof a.ruling === 'string' && a.ruling ? { ruling: a.ruling } : {}),
  };
}

/** Title and URL only: the date a profile was checked stays in the profile. */
function citation(s: unknown): Citation | null {
  if (!s || typeof s !== 'object') return null;
  const { title, url } = s as Record<string, unknown>;
  return typeof title === 'string' && typeof url === 'string' ? { title, url } : null;
}
