// src/reporters/describe.ts
function describeFacts(f) {
  const parts = [];
  if (f.kind) parts.push(f.kind);
  const fmt = [f.format, f.videoCodec ?? (f.kind === "audio" ? f.audioCodec : null)].filter(Boolean).join(" ");
  if (fmt) parts.push(fmt);
  if (f.width !== null && f.height !== null) parts.push(`${f.width}x${f.height}`);
  if (f.fps) parts.push(`${Number(f.fps.value.toFixed(3))} fps${f.fps.den !== 1 ? ` (${f.fps.num}/${f.fps.den})` : ""}`);
  if (f.durationSec !== null) parts.push(`${f.durationSec.toFixed(3)} s`);
  if (f.sampleRate) parts.push(`${f.sampleRate} Hz${f.channels ? ` ${f.channels}ch` : ""}`);
  if (f.bytes !== null) parts.push(humanBytes(f.bytes));
  return parts.join(" \xB7 ");
}
function humanBytes(n) {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

export {
  describeFacts,
  humanBytes
};
