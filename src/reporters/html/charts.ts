import type { AspectItem, CountBudget, SecondsBudget } from './budgets.js';
import { baseName, esc, num } from './escape.js';

const pct = (x: number) => `${num(Math.min(100, Math.max(0, x)), 3)}%`;
const OK = '<span class="ok-word">✔ within</span>';
const BAD = (what: string) => `<span class="bad-word">✖ ${what}</span>`;
const WARN = (what: string) => `<span class="warn-word">⚠ ${what}</span>`;

/** Video or audio seconds of one request as a bar split per clip, with the total limit marked. */
export function secondsBar(b: SecondsBudget, anchorOf: (source: string) => string | null): string {
  const scale = Math.max(b.max, b.total) || 1;
  const over = b.total > b.max;
  const under = b.min !== null && b.clips.length > 0 && b.total < b.min;
  const title = b.kind === 'video' ? 'Video seconds' : 'Audio seconds';
  const segs = b.clips
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.seconds)
    .map(({ c, i }) => `<span class="seg seg-${i % 6}" data-label="${esc(c.label)}" data-seconds="${num(c.seconds!, 3)}" style="width:${pct((c.seconds! / scale) * 100)}" title="${esc(`${c.label}: ${baseName(c.source)}, ${num(c.seconds!)} s`)}">${esc(c.label)}</span>`)
    .join('');
  const overlay = over ? `<span class="over-zone" style="left:${pct((b.max / scale) * 100)};width:${pct(((b.total - b.max) / scale) * 100)}"></span>` : '';
  const minMark = b.min !== null ? `<span class="limit limit-min" style="left:${pct((b.min / scale) * 100)}"></span>` : '';
  const status = over ? BAD(`over by ${num(b.total - b.max)} s`) : under ? BAD(`under the ${num(b.min!)} s minimum`) : b.clips.length ? `${OK} · ${num(b.max - b.total)} s left` : '<span class="muted">none</span>';
  const unknown = b.unknown ? ` · <span class="warn-word">⚠ ${b.unknown} clip${b.unknown > 1 ? 's' : ''} of unknown length</span>` : '';
  const legend = b.clips.length
    ? `<ul class="legend">${b.clips
        .map((c, i) => {
          const a = anchorOf(c.source);
          const name = a ? `<a href="#${a}">${esc(baseName(c.source))}</a>` : esc(baseName(c.source));
          return `<li><span class="swatch seg-${i % 6}" aria-hidden="true"></span>${esc(c.label)}: ${name} · ${c.seconds === null ? 'length unknown' : `${num(c.seconds)} s`}</li>`;
        })
        .join('')}</ul>`
    : '';
  return `<div class="budget${over || under ? ' is-bad' : ''}" data-budget="${b.kind}-seconds" data-total="${num(b.total, 3)}" data-max="${num(b.max, 3)}">
<p class="budget-head"><strong>${title}</strong> <span>${num(b.total)} s of ${num(b.max)} s${b.min !== null ? ` (at least ${num(b.min)} s)` : ''} · ${status}${unknown}</span></p>
<div class="bar" aria-hidden="true">${segs}${overlay}${minMark}<span class="limit" style="left:${pct((b.max / scale) * 100)}"></span></div>
${legend}</div>`;
}

const COUNT_NAME: Record<CountBudget['kind'], string> = { image: 'Images', video: 'Videos', audio: 'Audio clips', all: 'All assets' };

/** A count against its maximum as pips: filled used, hollow free, struck-through over. */
export function countPips(c: CountBudget): string {
  const over = c.count > c.max;
  const n = Math.max(c.count, c.max);
  const pips = n <= 24
    ? Array.from({ length: n }, (_, i) => `<span class="pip${i < c.count ? ' used' : ''}${i >= c.max ? ' over' : ''}"></span>`).join('')
    : `<span class="pip-bar"><span style="width:${pct((Math.min(c.count, c.max) / c.max) * 100)}"></span></span>`;
  const status = over ? (c.soft ? WARN(`${c.count - c.max} over`) : BAD(`${c.count - c.max} over`)) : '<span class="ok-word">✔</span>';
  return `<li class="count${over ? (c.soft ? ' is-warn' : ' is-bad') : ''}" data-count="${c.kind}" data-used="${c.count}" data-max="${c.max}"><span class="count-name">${COUNT_NAME[c.kind]}</span><span class="pips" aria-hidden="true">${pips}</span><span class="count-value">${c.count} of ${c.max} · ${status}</span></li>`;
}

interface GaugeSpec {
  kind: string;
  /** Position of a value on the axis, 0..100. */
  pos: (x: number) => number;
  lo: number;
  hi: number;
  value: number;
  ok: boolean;
  ticks: { at: number; label: string }[];
  marker?: string;
  text: string;
}

function gauge(g: GaugeSpec): string {
  const ticks = g.ticks.map((t) => `<span class="tick" style="left:${pct(g.pos(t.at))}">${esc(t.label)}</span>`).join('');
  return `<div class="gauge gauge-${g.kind}${g.ok ? '' : ' is-bad'}" data-gauge="${g.kind}" data-value="${num(g.value, 4)}" data-ok="${g.ok}">
<div class="gauge-track" aria-hidden="true"><span class="window" style="left:${pct(g.pos(g.lo))};width:${pct(g.pos(g.hi) - g.pos(g.lo))}"></span><span class="marker" style="left:${pct(g.pos(g.value))}">${g.marker ?? ''}</span>${ticks}</div>
<p class="gauge-text">${g.text}</p></div>`;
}

/** An aspect ratio on a log axis (0.4 and 2.5 sit evenly around 1:1), the allowed window shaded. */
export function aspectGauge(a: Pick<AspectItem, 'ratio' | 'width' | 'height' | 'min' | 'max'>): string {
  const lo = Math.min(a.min / 1.6, a.ratio / 1.25);
  const hi = Math.max(a.max * 1.6, a.ratio * 1.25);
  const pos = (x: number) => ((Math.log(x) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * 100;
  const ok = a.ratio >= a.min && a.ratio <= a.max;
  const side = 18;
  const w = Math.max(4, Math.min(36, side * Math.sqrt(a.ratio)));
  const h = Math.max(4, Math.min(36, side / Math.sqrt(a.ratio)));
  const range = `${num(a.min)}–${num(a.max)}`;
  const where = ok ? `<span class="ok-word">✔ within ${range}</span>` : BAD(`outside ${range}: too ${a.ratio > a.max ? 'wide' : 'tall'}`);
  return gauge({
    kind: 'aspect',
    pos,
    lo: a.min,
    hi: a.max,
    value: a.ratio,
    ok,
    ticks: [{ at: a.min, label: num(a.min) }, { at: 1, label: '1:1' }, { at: a.max, label: num(a.max) }],
    marker: `<span class="shape" style="width:${num(w, 1)}px;height:${num(h, 1)}px"></span>`,
    text: `Aspect ${num(a.ratio, 3)} (${a.width}×${a.height}) · ${where}`,
  });
}

/** One clip's length on a linear axis with its allowed range. */
export function durationGauge(seconds: number, min: number | null, max: number | null): string {
  const hi = Math.max(max ?? 0, seconds) * 1.1 || 1;
  const pos = (x: number) => (x / hi) * 100;
  const tooLong = max !== null && seconds > max;
  const tooShort = min !== null && seconds < min;
  const ticks = [{ at: 0, label: '0' }];
  if (min !== null) ticks.push({ at: min, label: `${num(min)} s` });
  if (max !== null) ticks.push({ at: max, label: `${num(max)} s` });
  const where = tooLong ? BAD(`${num(seconds - max!)} s too long`) : tooShort ? BAD(`${num(min! - seconds)} s too short`) : OK;
  return gauge({
    kind: 'duration',
    pos,
    lo: min ?? 0,
    hi: max ?? hi,
    value: seconds,
    ok: !tooLong && !tooShort,
    ticks,
    text: `Length ${num(seconds, 3)} s · allowed ${min !== null ? `${num(min)}–` : 'up to '}${max !== null ? `${num(max)} s` : '∞'} · ${where}`,
  });
}

/** Peaks as an SVG; the part past `limit` seconds is shaded. */
export function waveformSvg(w: { peaks: number[]; seconds: number }, limit: number | null, name: string): string {
  const W = 600;
  const H = 80;
  const n = w.peaks.length || 1;
  const step = W / n;
  const d = w.peaks
    .map((p, i) => {
      const h = Math.max(0.75, Math.min(1, p) * (H / 2 - 2));
      return `M${num(i * step + step / 2, 1)} ${num(H / 2 - h, 1)}V${num(H / 2 + h, 1)}`;
    })
    .join('');
  const over = limit !== null && w.seconds > limit;
  const x = over ? (limit! / w.seconds) * W : W;
  const overZone = over
    ? `<rect class="wave-over" x="${num(x, 1)}" y="0" width="${num(W - x, 1)}" height="${H}"/><line class="wave-limit" x1="${num(x, 1)}" x2="${num(x, 1)}" y1="0" y2="${H}"/>`
    : '';
  const label = `Waveform of ${name}: ${num(w.seconds)} s${over ? `, of which ${num(w.seconds - limit!)} s past the ${num(limit!)} s limit (shaded)` : ''}`;
  return `<svg class="wave" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${overZone}<path class="wave-line" d="${d}" stroke-width="${num(Math.max(1, step * 0.7), 2)}"/></svg>`;
}
