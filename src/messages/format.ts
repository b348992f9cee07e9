/** Small formatters shared by the message tables. */
/** The document a limit comes from, by title, as the message's last words: ` (EvoLink API reference: ...)`. */
export const cite = (a: Record<string, unknown>): string => {
  const title = (a.source as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? ` (${title})` : '';
};
export const fmtBytes = (n: unknown): string => {
  const v = Number(n);
  if (!Number.isFinite(v)) return String(n);
  if (v >= 1_000_000) return `${(v / 1_000_000).toFixed(v % 1_000_000 === 0 ? 0 : 2)} MB (${v.toLocaleString('en-US')} bytes)`;
  return `${v.toLocaleString('en-US')} bytes`;
};
export const fmtSec = (n: unknown): string => {
  const v = Number(n);
  return Number.isFinite(v) ? `${Number(v.toFixed(3))} s` : String(n);
};
export const fmtNum = (n: unknown): string => {
  const v = Number(n);
  return Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(n);
};
/** A count and its noun, `1 file` or `2 files`: the run counts of the reports and the CLI, printed as they are. */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
