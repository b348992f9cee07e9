import type { Report } from '../types.js';

/** Exactly one JSON document. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
