import { safeJson } from '../lib/safe-text.js';
import type { Report } from '../types.js';

/** Exactly one JSON document. */
export function formatJson(report: Report): string {
  return safeJson(JSON.stringify(report, null, 2)) + '\n';
}
