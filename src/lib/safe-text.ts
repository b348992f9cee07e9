/**
 * Text from files, folders and servers (names, tool output, provider messages) can carry control
 * characters: ANSI and OSC sequences (an OSC 52 clipboard write), CR and LF that forge lines or CI
 * workflow commands, and bidi overrides that reorder what a reader sees. Each is shown as a visible
 * escape (\x1b, \n, \u202e) instead of being dropped, so the name stays recognisable.
 */
// C0 (tab included), DEL, C1, the Arabic letter mark, LRM/RLM, line/paragraph separators,
// bidi embeddings and overrides, bidi isolates, and lone surrogates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return SHORT[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One string with every control, separator and bidi character shown as an escape. */
export function safeText(s: string): string {
  return s.replace(UNSAFE, escapeOne);
}

/** As safeText, but the characters in `keep` stay (LF in markup; CR and LF where a format encodes them itself). */
export function safeTextKeeping(s: string, keep: string): string {
  return s.replace(UNSAFE, (c) => (keep.includes(c) ? c : escapeOne(c)));
}

/** As safeText, but LF is kept (markup, where a line break is only layout). */
export function safeTextKeepLines(s: string): string {
  return safeTextKeeping(s, '\n');
}

/** A copy of a JSON-like value (a report) with every string made safe (but `keep`); keys are left as they are. */
export function safeDeep<T>(value: T, keep = ''): T {
  if (typeof value === 'string') return safeTextKeeping(value, keep) as T;
  if (Array.isArray(value)) return value.map((v) => safeDeep(v, keep)) as T;
  if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeDeep(v, keep)])) as T;
  }
  return value;
}

// JSON.stringify escapes C0 and lone surrogates itself; these it leaves raw, valid but dangerous to print.
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** JSON text with DEL, C1, separators and bidi characters as \uXXXX: the same value, safe to print. */
export function safeJson(text: string): string {
  return text.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
