import type { Finding, Kind, Rational } from '../types.js';
import { render } from '../messages/index.js';
import type { FixAction, Plan, Size } from './types.js';

/** The words of plans: one line per step, one reason per unfixable file. Detection has its own words (messages/). */

const size = (s: Size) => `${s.width}x${s.height}`;
const seconds = (n: number) => `${Number(n.toFixed(3))} s`;
const rate = (r: Rational) => (r.den === 1 ? `${r.num} fps` : `${r.num}/${r.den} (${Number(r.value.toFixed(3))}) fps`);
const megabytes = (b: number) => `${Number((b / 1_000_000).toFixed(2))} MB`;
const bytes = (b: number) => `${b.toLocaleString('en-US')} bytes`;

export function actionText(a: FixAction, kind: Kind | null): string {
  switch (a.type) {
    case 'orient':
      return kind === 'image' ? `apply EXIF orientation ${a.rotation} to the pixels` : `apply the ${a.rotation}° display rotation to the pixels`;
    case 'convert':
      return `convert ${a.from} to ${a.to}${a.to === 'mp4' ? ' (H.264/AAC, faststart)' : ''}`;
    case 'remux':
      return `remux ${a.from} to mp4 (streams copied, faststart); if the copy still fails a rule, re-encode to H.264/AAC instead`;
    case 'crop':
      return `crop ${size(a.from)} to ${size(a.to)} (centred)`;
    case 'scale':
      return `scale ${size(a.from)} to ${size(a.to)}`;
    case 'pad':
      return `pad ${size(a.from)} to ${size(a.to)} (centred)`;
    case 'retime':
      return `retime ${rate(a.from)} to ${rate(a.to)} (duration kept)`;
    case 'trim':
      return `trim ${seconds(a.fromSec)} to ${seconds(a.toSec)}`;
    case 'extend':
      return `lengthen ${seconds(a.fromSec)} to ${seconds(a.toSec)} ${kind === 'audio' ? 'with silence at the end' : 'by holding the last frame (audio padded with silence)'}`;
    case 'downmix':
      return `downmix ${a.from} channels to ${a.to === 1 ? 'mono' : `${a.to} channels`}`;
    case 'resample':
      return `resample ${a.from} Hz to ${a.to} Hz`;
    case 'sampleformat':
      return `store the ${a.from} samples as ${a.to}: at ${a.from} the wav cannot fit the size limit`;
    case 'bitrate':
      if (kind === 'audio') return `encode at ${a.kbps} kb/s to fit ${megabytes(a.maxBytes)} (was ${bytes(a.fromBytes)})`;
      return `cap the video bitrate at ${a.kbps} kb/s${a.audioKbps ? ` (audio ${a.audioKbps} kb/s)` : ''} to fit ${megabytes(a.maxBytes)} (was ${bytes(a.fromBytes)})`;
    case 'recompress':
      return `re-encode to fit ${megabytes(a.maxBytes)} (was ${bytes(a.fromBytes)})`;
  }
}

/** A planned step replaced by another after its output failed the re-check. */
export function fallbackText(f: { planned: string; ran: string; codes: string[] }, got?: number): string {
  if (f.planned === 'remux') return `the stream copy still failed ${f.codes.join(', ')}: re-encoded to H.264/AAC instead`;
  return `the first encode${got ? ` (${bytes(got)})` : ''} still failed ${f.codes.join(', ')}: encoded again at a lower bitrate`;
}

/** A rewritten manifest entry. */
export function repointText(r: { kind: Kind; index: number; to: string; file: 'fixed' | 'unchanged'; placed?: 'link' | 'copy' }): string {
  if (r.file === 'fixed') return `point ${r.kind} ${r.index + 1} at the fixed file ${r.to}`;
  const how = r.placed === 'link' ? 'a hard link to' : r.placed === 'copy' ? 'a copy of' : 'a hard link to (or a copy of)';
  return `point ${r.kind} ${r.index + 1} at ${r.to}, ${how} the unchanged file, so the manifest names only files in its folder`;
}

/** Why an unfixable file cannot be fixed: the finding's own message, then what stops the fixer. */
export function unfixableReason(p: Extract<Plan, { status: 'unfixable' }>, findings: Finding[]): string {
  const f = findings.find((x) => x.code === p.code);
  const full = f ? render(f, p.source).message : p.code;
  // the report names the file already
  const said = full.startsWith(`${p.source}: `) ? full.slice(p.source.length + 2) : full;
  switch (p.why) {
    case 'unreadable':
      return `${said}: there is nothing to convert`;
    case 'no_video_stream':
      return `${said}: there is no picture to fix; use it as audio or add a video track`;
    case 'cannot_decode':
      return `${p.detail ?? 'this format'} cannot be decoded by this build (sharp/ffmpeg): convert it to png or jpeg elsewhere`;
    case 'too_large_to_decode':
      return `${said}: too many pixels to decode safely`;
    case 'unknown_size':
      return `${said}: the size could not be read, so no target size can be computed`;
    case 'impossible_geometry':
      return `${said}: no frame size meets every limit of the profile`;
    case 'unsupported':
      return `${said}: fix has no step for ${p.code}`;
    case 'request':
      return p.detail ?? said;
  }
}
