import type { Facts } from '../types.js';

/** A one-line summary of facts, e.g. "video · mp4 h264 · 640x640 · 24 fps · 2.000 s · 1.2 MB". */
export function describeFacts(f: Facts): string {
  const parts: string[] = [];
  if (f.kind) parts.push(f.kind);
  const fmt = [f.format, f.videoCodec ?? (f.kind === 'audio' ? f.audioCodec : null)].filter(Boolean).join(' ');
  if (fmt) parts.push(fmt);
  if (f.width !== null && f.height !== null) parts.push(`${f.width}x${f.height}`);
  if (f.fps) parts.push(`${Number(f.fps.value.toFixed(3))} fps${f.fps.den !== 1 ? ` (${f.fps.num}/${f.fps.den})` : ''}`);
  if (f.durationSec !== null) parts.push(`${f.durationSec.toFixed(3)} s`);
  if (f.sampleRate) parts.push(`${f.sampleRate} Hz${f.channels ? ` ${f.channels}ch` : ''}`);
  if (f.bytes !== null) parts.push(humanBytes(f.bytes));
  return parts.join(' · ');
}

export function humanBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1_000) return `${(n / 1_000).toFixed(1)} kB`;
  return `${n} B`;
}
