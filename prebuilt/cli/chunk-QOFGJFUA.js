// src/lib/ip.ts
var V4_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)";
var V4 = new RegExp(`^(?:${V4_OCTET}\\.){3}${V4_OCTET}$`);
function isIP(s) {
  if (V4.test(s)) return 4;
  const bare = s.replace(/%[0-9a-zA-Z.:-]+$/, "");
  if (!bare.includes(":") || /[^0-9a-fA-F:.]/.test(bare)) return 0;
  try {
    new URL(`http://[${bare}]/`);
    return 6;
  } catch {
    return 0;
  }
}

// src/remote/address.ts
var V42 = [
  [ip4("0.0.0.0"), 8, "unspecified"],
  [ip4("10.0.0.0"), 8, "private"],
  [ip4("100.64.0.0"), 10, "shared"],
  [ip4("127.0.0.0"), 8, "loopback"],
  [ip4("169.254.0.0"), 16, "link_local"],
  [ip4("172.16.0.0"), 12, "private"],
  [ip4("192.0.0.0"), 24, "reserved"],
  [ip4("192.0.2.0"), 24, "documentation"],
  [ip4("192.88.99.0"), 24, "reserved"],
  [ip4("192.168.0.0"), 16, "private"],
  [ip4("198.18.0.0"), 15, "reserved"],
  [ip4("198.51.100.0"), 24, "documentation"],
  [ip4("203.0.113.0"), 24, "documentation"],
  [ip4("224.0.0.0"), 4, "multicast"],
  [ip4("240.0.0.0"), 4, "reserved"]
];
function ip4(s) {
  const p = s.split(".").map(Number);
  return (p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]) >>> 0;
}
function classifyV4(n) {
  for (const [base, bits, cls] of V42) {
    const mask = bits === 0 ? 0 : ~0 << 32 - bits >>> 0;
    if ((n & mask) >>> 0 === base) return cls;
  }
  return null;
}
function parseV6(input) {
  let s = input.replace(/^\[|\]$/g, "");
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  if (isIP(s) !== 6) return null;
  const lastColon = s.lastIndexOf(":");
  const last = s.slice(lastColon + 1);
  if (last.includes(".")) {
    const v4 = ip4(last);
    s = `${s.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 65535).toString(16)}`;
  }
  const parse = (part) => part ? part.split(":").map((h) => parseInt(h, 16)) : [];
  const dbl = s.indexOf("::");
  const a = parse(dbl >= 0 ? s.slice(0, dbl) : s);
  const b = dbl >= 0 ? parse(s.slice(dbl + 2)) : [];
  const fill = dbl >= 0 ? new Array(8 - a.length - b.length).fill(0) : [];
  const groups = [...a, ...fill, ...b];
  return groups.length === 8 ? groups : null;
}
function classifyV6(g) {
  const embedded = (hi, lo) => classifyV4((hi << 16 | lo) >>> 0);
  const zeros = (n) => g.slice(0, n).every((x) => x === 0);
  if (g.every((x) => x === 0)) return "unspecified";
  if (zeros(7) && g[7] === 1) return "loopback";
  if (zeros(5) && g[5] === 65535) return embedded(g[6], g[7]);
  if (zeros(6)) return embedded(g[6], g[7]) ?? "reserved";
  if (g[0] === 100 && g[1] === 65435 && g.slice(2, 6).every((x) => x === 0)) return embedded(g[6], g[7]);
  if (g[0] === 8194) return embedded(g[1], g[2]);
  if ((g[0] & 65024) === 64512) return "unique_local";
  if ((g[0] & 65472) === 65152) return "link_local";
  if ((g[0] & 65472) === 65216) return "site_local";
  if ((g[0] & 65280) === 65280) return "multicast";
  if (g[0] === 8193 && g[1] === 3512) return "documentation";
  if (g[0] === 256 && g.slice(1, 4).every((x) => x === 0)) return "reserved";
  return null;
}
function classifyAddress(address) {
  const a = address.replace(/^\[|\]$/g, "");
  if (isIP(a) === 4) return classifyV4(ip4(a));
  const g = parseV6(a);
  return g ? classifyV6(g) : "reserved";
}
function hostLiteral(host) {
  let h;
  try {
    h = new URL(`http://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}/`).hostname;
  } catch {
    return null;
  }
  h = h.replace(/^\[|\]$/g, "");
  return isIP(h) ? h : null;
}

export {
  isIP,
  classifyAddress,
  hostLiteral
};
