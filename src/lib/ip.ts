const V4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const V4 = new RegExp(`^(?:${V4_OCTET}\\.){3}${V4_OCTET}$`);

/**
 * 4 or 6 when `s` is an IP literal, else 0 (node:net's isIP, without Node: the request rules run in
 * browsers too). IPv6 is checked by the WHATWG URL parser, which both runtimes ship; a zone id is allowed.
 */
export function isIP(s: string): 0 | 4 | 6 {
  if (V4.test(s)) return 4;
  const bare = s.replace(/%[0-9a-zA-Z.:-]+$/, '');
  if (!bare.includes(':') || /[^0-9a-fA-F:.]/.test(bare)) return 0;
  try {
    new URL(`http://[${bare}]/`);
    return 6;
  } catch {
    return 0;
  }
}
