import type { AssetReport } from '../types.js';

/**
 * One stderr line per URL for --debug: the read plan as it went over the wire (requests, bytes
 * received, the share of the file), so a change in how URLs are read shows up and can be tested.
 */
export function remoteDebugLines(assets: AssetReport[]): string {
  let out = '';
  for (const a of assets) {
    const r = a.facts.remote;
    if (!r) continue;
    const size = a.facts.bytes;
    const share = size ? ` of ${size} (${((100 * r.bytesRead) / size).toFixed(1)}%)` : '';
    out += `seedance-preflight: url ${JSON.stringify(a.source)}: ${r.requests} requests, ${r.bytesRead} bytes${share}\n`;
  }
  return out;
}
