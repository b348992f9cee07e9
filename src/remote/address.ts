import { isIP } from '../lib/ip.js';

/**
 * Why an address is not reachable from the public internet, or null when it is.
 * The provider's fetcher runs elsewhere, so none of these can work for it (and
 * fetching them from here would be a server-side request forgery vector).
 */
export type AddressClass =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link_local'
  | 'unique_local'
  | 'site_local'
  | 'multicast'
  | 'reserved'
  | 'documentation';

type V4Range = [base: number, bits: number, cls: AddressClass];

const V4: V4Range[] = [
  [ip4('0.0.0.0'), 8, 'unspecified'],
  [ip4('10.0.0.0'), 8, 'private'],
  [ip4('100.64.0.0'), 10, 'shared'],
  [ip4('127.0.0.0'), 8, 'loopback'],
  [ip4('169.254.0.0'), 16, 'link_local'],
  [ip4('172.16.0.0'), 12, 'private'],
  [ip4('192.0.0.0'), 24, 'reserved'],
  [ip4('192.0.2.0'), 24, 'documentation'],
  [ip4('192.88.99.0'), 24, 'reserved'],
  [ip4('192.168.0.0'), 16, 'private'],
  [ip4('198.18.0.0'), 15, 'reserved'],
  [ip4('198.51.100.0'), 24, 'documentation'],
  [ip4('203.0.113.0'), 24, 'documentation'],
  [ip4('224.0.0.0'), 4, 'multicast'],
  [ip4('240.0.0.0'), 4, 'reserved'],
];

function ip4(s: string): number {
  const p = s.split('.').map(Number);
  return ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0;
}

function classifyV4(n: number): AddressClass | null {
  for (const [base, bits, cls] of V4) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((n & mask) >>> 0 === base) return cls;
  }
  return null;
}

/** Eight 16-bit groups of an IPv6 literal (zone id and brackets dropped), or null. */
export function parseV6(input: string): number[] | null {
  let s = input.replace(/^\[|\]$/g, '');
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (isIP(s) !== 6) return null;
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    // a trailing dotted quad (::ffff:1.2.3.4) is two groups
    const v4 = ip4(last);
    s = `${s.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const parse = (part: string) => (part ? part.split(':').map((h) => parseInt(h, 16)) : []);
  const dbl = s.indexOf('::');
  const a = parse(dbl >= 0 ? s.slice(0, dbl) : s);
  const b = dbl >= 0 ? parse(s.slice(dbl + 2)) : [];
  const fill = dbl >= 0 ? new Array(8 - a.length - b.length).fill(0) : [];
  const groups = [...a, ...fill, ...b];
  return groups.length === 8 ? groups : null;
}

function classifyV6(g: number[]): AddressClass | null {
  const embedded = (hi: number, lo: number) => classifyV4(((hi << 16) | lo) >>> 0);
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (g.every((x) => x === 0)) return 'unspecified';
  if (zeros(7) && g[7] === 1) return 'loopback';
  // IPv4-mapped ::ffff:a.b.c.d and deprecated IPv4-compatible ::a.b.c.d
  if (zeros(5) && g[5] === 0xffff) return embedded(g[6], g[7]);
  if (zeros(6)) return embedded(g[6], g[7]) ?? 'reserved';
  // NAT64 64:ff9b::/96 and 6to4 2002::/16 carry an IPv4 address that is what gets reached
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embedded(g[6], g[7]);
  if (g[0] === 0x2002) return embedded(g[1], g[2]);
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique_local';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link_local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site_local';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'documentation';
  if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return 'reserved';
  return null;
}

/**
 * Classify an IP literal (v4 dotted quad, or v6 in any form incl. IPv4-mapped).
 * Returns the class when the address is not publicly routable, null when it is public,
 * and 'reserved' for anything that is not an IP literal at all (fail closed).
 */
export function classifyAddress(address: string): AddressClass | null {
  const a = address.replace(/^\[|\]$/g, '');
  if (isIP(a) === 4) return classifyV4(ip4(a));
  const g = parseV6(a);
  return g ? classifyV6(g) : 'reserved';
}

/**
 * The IP literal a URL host stands for, normalised the way the WHATWG URL parser does
 * (so 2130706433, 0x7f000001, 0177.1 and 127.1 all become 127.0.0.1), or null for names.
 */
export function hostLiteral(host: string): string | null {
  let h: string;
  try {
    h = new URL(`http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}/`).hostname;
  } catch {
    return null;
  }
  h = h.replace(/^\[|\]$/g, '');
  return isIP(h) ? h : null;
}
