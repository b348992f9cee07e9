// src/submit/redact.ts
var MIN_SECRET = 6;
function redactor(secrets) {
  const list = [...new Set(secrets.filter((s) => typeof s === "string" && s.length >= MIN_SECRET).flatMap((s) => [s, encodeURIComponent(s)]))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (s) => s;
  return (s) => {
    let out = s;
    for (const secret of list) out = out.split(secret).join("[redacted]");
    return out;
  };
}
function redactDeep(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]));
  }
  return value;
}

export {
  redactor,
  redactDeep
};
