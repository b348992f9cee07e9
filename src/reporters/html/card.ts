import type { Profile } from '../../profiles/index.js';
import type { AssetReport, Facts, Problem, Severity } from '../../types.js';
import { describeFacts, humanBytes } from '../describe.js';
import { aspectOf } from './budgets.js';
import { aspectGauge, durationGauge, waveformSvg } from './charts.js';
import { baseName, esc, escWithCode, num } from './escape.js';
import type { Picture, Thumb } from './types.js';

const ICON: Record<Severity | 'ok', string> = { error: '✖', warning: '⚠', info: 'ℹ', ok: '✔' };

/** The worst severity among problems, or 'ok'. */
export function worst(problems: Problem[]): Severity | 'ok' {
  if (problems.some((p) => p.severity === 'error')) return 'error';
  if (problems.some((p) => p.severity === 'warning')) return 'warning';
  return problems.length ? 'info' : 'ok';
}

/** "✖ 2 errors, 1 warning" / "✔ passes": words and an icon, never colour alone. */
export function statusBadge(problems: Problem[]): string {
  const w = worst(problems);
  const n = (s: Severity, word: string) => {
    const c = problems.filter((p) => p.severity === s).length;
    return c ? `${c} ${word}${c > 1 ? 's' : ''}` : '';
  };
  const text = [n('error', 'error'), n('warning', 'warning'), n('info', 'note')].filter(Boolean).join(', ') || 'passes';
  return `<span class="badge badge-${w}">${ICON[w]} ${text}</span>`;
}

/** Only our own base64 images are embedded: a data: URI cannot fetch anything. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;

export function img(p: Picture, alt: string, cls: string): string {
  if (!DATA_IMAGE.test(p.src)) return '';
  return `<img class="${cls}" src="${esc(p.src)}" width="${p.width}" height="${p.height}" alt="${esc(alt)}">`;
}

function formatValue(v: unknown): string {
  if (typeof v === 'number') return num(v, 3);
  if (Array.isArray(v)) return v.map(formatValue).join(', ');
  if (v && typeof v === 'object') {
    const s = JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 79)}…` : s;
  }
  return String(v);
}

const present = (v: unknown) => v !== null && v !== undefined && v !== '';

/** The document a limit comes from, title and URL as text: the report links nowhere outside itself. */
function sourceLine(p: Problem): string {
  if (!p.source) return '';
  return `<p class="source muted">Source: ${esc(p.source.title)} <span class="url">${esc(p.source.url)}</span></p>`;
}

/** Problems in words: the message, measured value against the limit, the fix and the document it comes from. */
export function problemList(problems: Problem[], subject: string): string {
  if (!problems.length) return '';
  const items = problems.map((p) => {
    const msg = p.message.startsWith(`${subject}: `) ? p.message.slice(subject.length + 2) : p.message;
    // A string the message already quotes (a format, a read-failure detail) is not repeated.
    const actual = typeof p.actual === 'string' && msg.includes(p.actual) ? null : p.actual;
    const measured = present(actual) || present(p.limit)
      ? `<p class="measured">${present(actual) ? `measured <strong>${esc(formatValue(actual))}</strong>` : ''}${present(actual) && present(p.limit) ? ' · ' : ''}${present(p.limit) ? `limit <strong>${esc(formatValue(p.limit))}</strong>` : ''}</p>`
      : '';
    const fix = p.fix ? `<p class="fix"><span class="fix-label">Fix:</span> ${escWithCode(p.fix)}</p>` : '';
    const ruling = p.ruling ? `<p class="ruling muted">Note: ${esc(p.ruling)}.</p>` : '';
    return `<li class="problem sev-${p.severity}" data-code="${esc(p.code)}"><p class="problem-msg"><span class="sev">${ICON[p.severity]} ${p.severity}</span> ${esc(msg)} <code>${esc(p.code)}</code></p>${measured}${ruling}${fix}${sourceLine(p)}</li>`;
  });
  return `<ul class="problems">${items.join('')}</ul>`;
}

function factRows(f: Facts): string {
  const rows: [string, string | null][] = [
    ['Kind', f.kind ?? 'not a media kind the API takes'],
    ['Format', [f.format, f.mime && `(${f.mime})`].filter(Boolean).join(' ') || null],
    ['Extension', f.extension ? `.${f.extension}${f.extensionMismatch ? ' ⚠ does not match the content' : ''}` : '(none)'],
    ['Size', f.bytes !== null ? `${humanBytes(f.bytes)} (${f.bytes.toLocaleString('en-US')} bytes)` : null],
    ['Dimensions', f.width !== null && f.height !== null ? `${f.width}×${f.height} px as displayed` : null],
    ['Duration', f.durationSec !== null ? `${num(f.durationSec, 3)} s` : null],
    ['Frame rate', f.fps ? `${num(f.fps.value, 3)} fps${f.fps.den !== 1 ? ` (${f.fps.num}/${f.fps.den})` : ''}${f.variableFrameRate ? ', variable' : ''}` : null],
    ['Video codec', f.videoCodec],
    ['Audio codec', f.audioCodec],
    ['Audio', f.sampleRate ? `${f.sampleRate} Hz${f.channels ? `, ${f.channels} channel${f.channels > 1 ? 's' : ''}` : ''}` : null],
    ['Rotation', f.rotation ? String(f.rotation) : null],
    ['Read problem', f.failure ? `${f.failure.reason}: ${f.failure.detail}` : null],
    ['Probed by', f.probedBy],
  ];
  return rows.filter(([, v]) => v !== null).map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join('');
}

function media(a: AssetReport, thumb: Thumb | undefined, profile: Profile): string {
  const name = baseName(a.source);
  const parts: string[] = [];
  if (thumb?.preview) {
    parts.push(img(thumb.preview, a.kind === 'video' ? `Poster frame of ${name}` : `Preview of ${name}`, 'preview'));
    if (a.facts.failure) parts.push(`<p class="media-note">⚠ Partial: the file is ${esc(a.facts.failure.reason.replace(/_/g, ' '))}; this is what could be decoded.</p>`);
  }
  if (thumb?.waveform) parts.push(waveformSvg(thumb.waveform, a.kind === 'audio' ? profile.audio.maxDurationSec.value : null, name));
  if (!parts.length) {
    const remote = /^[a-z][a-z\d+.-]*:\/\//i.test(a.source);
    const why = thumb?.error ?? (!a.kind ? 'not an image, video or audio file' : remote ? 'previews are made of local files only' : 'no preview was made');
    parts.push(`<div class="no-preview" role="img" aria-label="${esc(`No preview: ${why}`)}"><span class="no-preview-icon" aria-hidden="true">${a.kind === 'audio' ? '♪' : a.kind === 'video' ? '▶' : a.kind === 'image' ? '▣' : '?'}</span><span>No preview</span><span class="muted">${esc(why)}</span></div>`);
  }
  if (thumb?.frames?.length) {
    const frames = thumb.frames.map((f) => `<figure>${img(f, `Frame at ${num(f.at, 1)} s`, 'frame')}<figcaption>${num(f.at, 1)} s</figcaption></figure>`).join('');
    parts.push(`<div class="frames" role="group" aria-label="${esc(`${thumb.frames.length} frames of ${name}`)}">${frames}</div>`);
  }
  return `<div class="card-media">${parts.join('')}</div>`;
}

function gauges(a: AssetReport, profile: Profile): string {
  const out: string[] = [];
  const ratio = aspectOf(a);
  if ((a.kind === 'image' || a.kind === 'video') && ratio !== null) {
    const lim = profile[a.kind];
    out.push(aspectGauge({ ratio, width: a.facts.width!, height: a.facts.height!, min: lim.minAspect.value, max: lim.maxAspect.value }));
  }
  if ((a.kind === 'video' || a.kind === 'audio') && a.facts.durationSec !== null) {
    const lim = profile[a.kind];
    out.push(durationGauge(a.facts.durationSec, lim.minDurationSec?.value ?? null, lim.maxDurationSec?.value ?? null));
  }
  return out.length ? `<div class="gauges">${out.join('')}</div>` : '';
}

export interface CardOptions {
  id: string;
  /** Heading level of the card title (3 or 4). */
  level: number;
  thumb?: Thumb;
  profile: Profile;
  /** e.g. ["image 1 in request.json"]. */
  usedBy: string[];
}

/** One asset: preview, status in words, problems with measured value and fix, gauges, all facts. */
export function assetCard(a: AssetReport, o: CardOptions): string {
  const w = worst(a.problems);
  const h = `h${o.level}`;
  const line = describeFacts(a.facts);
  const used = o.usedBy.length ? `<p class="used-by">Used as ${o.usedBy.map(esc).join('; ')}</p>` : '';
  return `<article class="card status-${w}" id="${o.id}" aria-labelledby="${o.id}-h" data-status="${w}" data-kind="${a.kind ?? 'unknown'}">
<div class="card-head">
<${h} class="card-title" id="${o.id}-h">${statusBadge(a.problems)} <span class="name">${esc(baseName(a.source))}</span></${h}>
<p class="path">${esc(a.source)}</p>
</div>
${media(a, o.thumb, o.profile)}
<div class="card-body">
${line ? `<p class="facts-line">${esc(line)}</p>` : ''}${used}
${problemList(a.problems, a.source)}${gauges(a, o.profile)}
<details class="facts"><summary>All facts</summary><dl>${factRows(a.facts)}</dl></details>
</div>
</article>`;
}
