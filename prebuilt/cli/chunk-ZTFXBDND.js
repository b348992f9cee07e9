// src/remote/expiry.ts
function params(url) {
  let u;
  try {
    u = typeof url === "string" ? new URL(url) : url;
  } catch {
    return null;
  }
  const m = /* @__PURE__ */ new Map();
  for (const [k, v] of u.searchParams) m.set(k.toLowerCase(), v);
  return m;
}
function basicIso(s) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}
function presignInfo(url) {
  const p = params(url);
  if (!p) return null;
  for (const [key, date] of p) {
    const m = /^x-([a-z]+)-date$/.exec(key);
    const life = m && p.get(`x-${m[1]}-expires`);
    if (!m || !life || !/^\d+$/.test(life)) continue;
    const signedAt = basicIso(date);
    if (signedAt) return { scheme: `${m[1]}-v4`, signedAt, expiresAt: new Date(signedAt.getTime() + Number(life) * 1e3) };
  }
  const epoch = p.get("expires");
  if (epoch && /^\d{9,11}$/.test(epoch)) return { scheme: "epoch", signedAt: null, expiresAt: new Date(Number(epoch) * 1e3) };
  const se = p.get("se");
  if (se && p.has("sig")) {
    const t = Date.parse(se);
    if (!Number.isNaN(t)) return { scheme: "azure-sas", signedAt: null, expiresAt: new Date(t) };
  }
  return null;
}
function expiresAt(url) {
  return presignInfo(url)?.expiresAt ?? null;
}
var DEFAULT_EXPIRY_MARGIN_SEC = 3600;
function expiresBefore(url, now = Date.now(), marginSec = DEFAULT_EXPIRY_MARGIN_SEC) {
  const at = expiresAt(url);
  if (!at) return false;
  return at.getTime() <= (typeof now === "number" ? now : now.getTime()) + marginSec * 1e3;
}

export {
  presignInfo,
  expiresAt,
  DEFAULT_EXPIRY_MARGIN_SEC,
  expiresBefore
};
