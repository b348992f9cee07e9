/**
 * When a presigned URL stops working, from its query alone.
 * SigV4-style (AWS X-Amz-*, GCS X-Goog-*, Aliyun X-Oss-*, Volcengine X-Tos-*): signing time + lifetime.
 * SigV2-style (AWS, GCS v2, Aliyun, CloudFront): `Expires` as epoch seconds. Azure SAS: `se` with `sig`.
 */
export interface Presign {
  scheme: string;
  signedAt: Date | null;
  expiresAt: Date;
}

function params(url: string | URL): Map<string, string> | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const m = new Map<string, string>();
  for (const [k, v] of u.searchParams) m.set(k.toLowerCase(), v);
  return m;
}

/** 20240131T235959Z */
function basicIso(s: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}

export function presignInfo(url: string | URL): Presign | null {
  const p = params(url);
  if (!p) return null;
  for (const [key, date] of p) {
    const m = /^x-([a-z]+)-date$/.exec(key);
    const life = m && p.get(`x-${m[1]}-expires`);
    if (!m || !life || !/^\d+$/.test(life)) continue;
    const signedAt = basicIso(date);
    if (signedAt) return { scheme: `${m[1]}-v4`, signedAt, expiresAt: new Date(signedAt.getTime() + Number(life) * 1000) };
  }
  const epoch = p.get('expires');
  if (epoch && /^\d{9,11}$/.test(epoch)) return { scheme: 'epoch', signedAt: null, expiresAt: new Date(Number(epoch) * 1000) };
  const se = p.get('se');
  if (se && p.has('sig')) {
    const t = Date.parse(se);
    if (!Number.isNaN(t)) return { scheme: 'azure-sas', signedAt: null, expiresAt: new Date(t) };
  }
  return null;
}

export function expiresAt(url: string | URL): Date | null {
  return presignInfo(url)?.expiresAt ?? null;
}

/** Default margin: the task is assumed to fetch its assets within the hour after the check. */
export const DEFAULT_EXPIRY_MARGIN_SEC = 3600;

/** True when the URL carries an expiry that falls before `now + marginSec` (already expired included). */
export function expiresBefore(url: string | URL, now: Date | number = Date.now(), marginSec = DEFAULT_EXPIRY_MARGIN_SEC): boolean {
  const at = expiresAt(url);
  if (!at) return false;
  return at.getTime() <= (typeof now === 'number' ? now : now.getTime()) + marginSec * 1000;
}
