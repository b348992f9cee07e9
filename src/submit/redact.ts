/** Secrets shorter than this are not redacted as substrings (they would shred ordinary words). */
const MIN_SECRET = 6;

/** A function that replaces every secret (and its URL-encoded form) in a string with "[redacted]". */
export function redactor(secrets: readonly (string | undefined | null)[]): (s: string) => string {
  const list = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET).flatMap((s) => [s, encodeURIComponent(s)]))]
    .sort((a, b) => b.length - a.length);
  if (list.length === 0) return (s) => s;
  return (s) => {
    let out = s;
    for (const secret of list) out = out.split(secret).join('[redacted]');
    return out;
  };
}

/** A copy of a JSON-like value with every string redacted. */
export function redactDeep<T>(value: T, redact: (s: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  }
  return value;
}
