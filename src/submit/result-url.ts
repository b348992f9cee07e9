import { lookup } from 'node:dns/promises';
import { classifyAddress, hostLiteral } from '../remote/address.js';

/**
 * Why a result link (or a redirect hop of one) must not be fetched, or null when it may. The same
 * rule as lint's URLs: http(s) only, and no private, loopback, link-local (169.254.169.254) or other
 * non-public address, by literal in any spelling (decimal, hex, IPv4-mapped, NAT64) or by DNS answer.
 * `trusted` origins (the API base URL the user chose) and `allowPrivate` are the exceptions.
 */
export async function refuseResultUrl(raw: string, opts: { trusted: readonly string[]; allowPrivate: boolean }): Promise<string | null> {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'not an absolute URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `${u.protocol} is not http(s)`;
  if (opts.allowPrivate || opts.trusted.includes(u.origin)) return null;
  const literal = hostLiteral(u.hostname);
  const addresses = literal ? [literal] : await lookup(u.hostname, { all: true, verbatim: true }).then((a) => a.map((x) => x.address), () => []);
  for (const a of addresses) {
    const cls = classifyAddress(a);
    if (cls) return `${u.hostname} is a ${cls.replace('_', '-')} address (${a})`;
  }
  return null;
}
