import { safeTextKeepLines } from '../../lib/safe-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes for HTML text and double- or single-quoted attribute values. Control and bidi-override
 * characters are shown as escapes (safe-text) so a file name cannot hide or reorder what is displayed.
 */
export function esc(value: unknown): string {
  return safeTextKeepLines(String(value ?? '')).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Escaped text in which `inline code` (as the fix hints write commands) becomes <code>: escape first, then mark up. */
export function escWithCode(value: unknown): string {
  return esc(value).replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

/** The last path segment of a source (a URL keeps its last segment too). */
export function baseName(source: string): string {
  const clean = source.replace(/[?#].*$/, '').replace(/[\\/]+$/, '');
  const i = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
  return i >= 0 ? clean.slice(i + 1) || source : clean || source;
}

/** Numbers as people read them: at most `digits` decimals, no trailing zeros. */
export function num(n: number, digits = 2): string {
  return Number.isFinite(n) ? String(Number(n.toFixed(digits))) : String(n);
}
