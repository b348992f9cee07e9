import { safeText } from '../lib/safe-text.js';

/** A mistake in how the command was called: exit 2, one line that says what to type instead. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The words for a usage mistake (UsageError or the library's PreflightUsageError): the message, then what to type instead. */
export function usageText(err: { message: string; hint?: string }): string {
  return `seedance-preflight: ${safeText(err.message)}${err.hint ? `\n  ${safeText(err.hint)}` : ''}`;
}

/** Closest candidate within a small edit distance, for "did you mean". */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(input, c);
    if (d < bestD) { best = c; bestD = d; }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]++;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
