import {
  parsePromptReferences
} from "./chunk-ADUGCQL4.js";
import {
  describeFacts,
  humanBytes
} from "./chunk-YRK66HUG.js";
import {
  safeTextKeepLines
} from "./chunk-JOW2LR6I.js";
import {
  defaultProfile,
  findProfile
} from "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/reporters/html/budgets.ts
function profileNamed(id) {
  for (const part of id.split(",")) {
    const p = findProfile(part.trim());
    if (p) return p;
  }
  return defaultProfile;
}
var assetLabel = (a) => `${a.kind} ${a.index + 1}`;
function aspectOf(a) {
  const f = a?.facts;
  return f && f.width && f.height ? f.width / f.height : null;
}
function requestBudgets(req, assetOf, profile) {
  const seconds = (kind) => {
    const clips = req.assets.filter((a) => a.kind === kind).map((a) => ({ label: assetLabel(a), source: a.source, seconds: assetOf(a.source)?.facts.durationSec ?? null }));
    const limits = profile[kind];
    return {
      kind,
      clips,
      total: clips.reduce((s, c) => s + (c.seconds ?? 0), 0),
      unknown: clips.filter((c) => c.seconds === null).length,
      max: limits.maxTotalDurationSec.value,
      min: kind === "video" ? profile.video.minTotalDurationSec?.value ?? null : null
    };
  };
  const count = (kind) => ({ kind, count: req.assets.filter((a) => a.kind === kind).length, max: profile[kind].maxCount.value, soft: false });
  const counts = [count("image"), count("video"), count("audio")];
  const cap = profile.request.maxAssets;
  if (cap) counts.push({ kind: "all", count: req.assets.length, max: cap.value, soft: cap.severity === "warning" });
  const aspects = [];
  for (const a of req.assets) {
    if (a.kind === "audio") continue;
    const report = assetOf(a.source);
    const ratio = aspectOf(report);
    if (ratio === null) continue;
    const lim = profile[a.kind];
    aspects.push({ label: assetLabel(a), source: a.source, kind: a.kind, width: report.facts.width, height: report.facts.height, ratio, min: lim.minAspect.value, max: lim.maxAspect.value });
  }
  return { video: seconds("video"), audio: seconds("audio"), counts, aspects };
}

// src/reporters/html/escape.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function esc(value) {
  return safeTextKeepLines(String(value ?? "")).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function escWithCode(value) {
  return esc(value).replace(/`([^`\n]+)`/g, "<code>$1</code>");
}
function baseName(source) {
  const clean = source.replace(/[?#].*$/, "").replace(/[\\/]+$/, "");
  const i = Math.max(clean.lastIndexOf("/"), clean.lastIndexOf("\\"));
  return i >= 0 ? clean.slice(i + 1) || source : clean || source;
}
function num(n, digits = 2) {
  return Number.isFinite(n) ? String(Number(n.toFixed(digits))) : String(n);
}

// src/reporters/html/charts.ts
var pct = (x) => `${num(Math.min(100, Math.max(0, x)), 3)}%`;
var OK = '<span class="ok-word">\u2714 within</span>';
var BAD = (what) => `<span class="bad-word">\u2716 ${what}</span>`;
var WARN = (what) => `<span class="warn-word">\u26A0 ${what}</span>`;
function secondsBar(b, anchorOf) {
  const scale = Math.max(b.max, b.total) || 1;
  const over = b.total > b.max;
  const under = b.min !== null && b.clips.length > 0 && b.total < b.min;
  const title = b.kind === "video" ? "Video seconds" : "Audio seconds";
  const segs = b.clips.map((c, i) => ({ c, i })).filter(({ c }) => c.seconds).map(({ c, i }) => `<span class="seg seg-${i % 6}" data-label="${esc(c.label)}" data-seconds="${num(c.seconds, 3)}" style="width:${pct(c.seconds / scale * 100)}" title="${esc(`${c.label}: ${baseName(c.source)}, ${num(c.seconds)} s`)}">${esc(c.label)}</span>`).join("");
  const overlay = over ? `<span class="over-zone" style="left:${pct(b.max / scale * 100)};width:${pct((b.total - b.max) / scale * 100)}"></span>` : "";
  const minMark = b.min !== null ? `<span class="limit limit-min" style="left:${pct(b.min / scale * 100)}"></span>` : "";
  const status = over ? BAD(`over by ${num(b.total - b.max)} s`) : under ? BAD(`under the ${num(b.min)} s minimum`) : b.clips.length ? `${OK} \xB7 ${num(b.max - b.total)} s left` : '<span class="muted">none</span>';
  const unknown = b.unknown ? ` \xB7 <span class="warn-word">\u26A0 ${b.unknown} clip${b.unknown > 1 ? "s" : ""} of unknown length</span>` : "";
  const legend = b.clips.length ? `<ul class="legend">${b.clips.map((c, i) => {
    const a = anchorOf(c.source);
    const name = a ? `<a href="#${a}">${esc(baseName(c.source))}</a>` : esc(baseName(c.source));
    return `<li><span class="swatch seg-${i % 6}" aria-hidden="true"></span>${esc(c.label)}: ${name} \xB7 ${c.seconds === null ? "length unknown" : `${num(c.seconds)} s`}</li>`;
  }).join("")}</ul>` : "";
  return `<div class="budget${over || under ? " is-bad" : ""}" data-budget="${b.kind}-seconds" data-total="${num(b.total, 3)}" data-max="${num(b.max, 3)}">
<p class="budget-head"><strong>${title}</strong> <span>${num(b.total)} s of ${num(b.max)} s${b.min !== null ? ` (at least ${num(b.min)} s)` : ""} \xB7 ${status}${unknown}</span></p>
<div class="bar" aria-hidden="true">${segs}${overlay}${minMark}<span class="limit" style="left:${pct(b.max / scale * 100)}"></span></div>
${legend}</div>`;
}
var COUNT_NAME = { image: "Images", video: "Videos", audio: "Audio clips", all: "All assets" };
function countPips(c) {
  const over = c.count > c.max;
  const n = Math.max(c.count, c.max);
  const pips = n <= 24 ? Array.from({ length: n }, (_, i) => `<span class="pip${i < c.count ? " used" : ""}${i >= c.max ? " over" : ""}"></span>`).join("") : `<span class="pip-bar"><span style="width:${pct(Math.min(c.count, c.max) / c.max * 100)}"></span></span>`;
  const status = over ? c.soft ? WARN(`${c.count - c.max} over`) : BAD(`${c.count - c.max} over`) : '<span class="ok-word">\u2714</span>';
  return `<li class="count${over ? c.soft ? " is-warn" : " is-bad" : ""}" data-count="${c.kind}" data-used="${c.count}" data-max="${c.max}"><span class="count-name">${COUNT_NAME[c.kind]}</span><span class="pips" aria-hidden="true">${pips}</span><span class="count-value">${c.count} of ${c.max} \xB7 ${status}</span></li>`;
}
function gauge(g) {
  const ticks = g.ticks.map((t) => `<span class="tick" style="left:${pct(g.pos(t.at))}">${esc(t.label)}</span>`).join("");
  return `<div class="gauge gauge-${g.kind}${g.ok ? "" : " is-bad"}" data-gauge="${g.kind}" data-value="${num(g.value, 4)}" data-ok="${g.ok}">
<div class="gauge-track" aria-hidden="true"><span class="window" style="left:${pct(g.pos(g.lo))};width:${pct(g.pos(g.hi) - g.pos(g.lo))}"></span><span class="marker" style="left:${pct(g.pos(g.value))}">${g.marker ?? ""}</span>${ticks}</div>
<p class="gauge-text">${g.text}</p></div>`;
}
function aspectGauge(a) {
  const lo = Math.min(a.min / 1.6, a.ratio / 1.25);
  const hi = Math.max(a.max * 1.6, a.ratio * 1.25);
  const pos = (x) => (Math.log(x) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * 100;
  const ok = a.ratio >= a.min && a.ratio <= a.max;
  const side = 18;
  const w = Math.max(4, Math.min(36, side * Math.sqrt(a.ratio)));
  const h = Math.max(4, Math.min(36, side / Math.sqrt(a.ratio)));
  const range = `${num(a.min)}\u2013${num(a.max)}`;
  const where = ok ? `<span class="ok-word">\u2714 within ${range}</span>` : BAD(`outside ${range}: too ${a.ratio > a.max ? "wide" : "tall"}`);
  return gauge({
    kind: "aspect",
    pos,
    lo: a.min,
    hi: a.max,
    value: a.ratio,
    ok,
    ticks: [{ at: a.min, label: num(a.min) }, { at: 1, label: "1:1" }, { at: a.max, label: num(a.max) }],
    marker: `<span class="shape" style="width:${num(w, 1)}px;height:${num(h, 1)}px"></span>`,
    text: `Aspect ${num(a.ratio, 3)} (${a.width}\xD7${a.height}) \xB7 ${where}`
  });
}
function durationGauge(seconds, min, max) {
  const hi = Math.max(max ?? 0, seconds) * 1.1 || 1;
  const pos = (x) => x / hi * 100;
  const tooLong = max !== null && seconds > max;
  const tooShort = min !== null && seconds < min;
  const ticks = [{ at: 0, label: "0" }];
  if (min !== null) ticks.push({ at: min, label: `${num(min)} s` });
  if (max !== null) ticks.push({ at: max, label: `${num(max)} s` });
  const where = tooLong ? BAD(`${num(seconds - max)} s too long`) : tooShort ? BAD(`${num(min - seconds)} s too short`) : OK;
  return gauge({
    kind: "duration",
    pos,
    lo: min ?? 0,
    hi: max ?? hi,
    value: seconds,
    ok: !tooLong && !tooShort,
    ticks,
    text: `Length ${num(seconds, 3)} s \xB7 allowed ${min !== null ? `${num(min)}\u2013` : "up to "}${max !== null ? `${num(max)} s` : "\u221E"} \xB7 ${where}`
  });
}
function waveformSvg(w, limit, name) {
  const W = 600;
  const H = 80;
  const n = w.peaks.length || 1;
  const step = W / n;
  const d = w.peaks.map((p, i) => {
    const h = Math.max(0.75, Math.min(1, p) * (H / 2 - 2));
    return `M${num(i * step + step / 2, 1)} ${num(H / 2 - h, 1)}V${num(H / 2 + h, 1)}`;
  }).join("");
  const over = limit !== null && w.seconds > limit;
  const x = over ? limit / w.seconds * W : W;
  const overZone = over ? `<rect class="wave-over" x="${num(x, 1)}" y="0" width="${num(W - x, 1)}" height="${H}"/><line class="wave-limit" x1="${num(x, 1)}" x2="${num(x, 1)}" y1="0" y2="${H}"/>` : "";
  const label = `Waveform of ${name}: ${num(w.seconds)} s${over ? `, of which ${num(w.seconds - limit)} s past the ${num(limit)} s limit (shaded)` : ""}`;
  return `<svg class="wave" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${overZone}<path class="wave-line" d="${d}" stroke-width="${num(Math.max(1, step * 0.7), 2)}"/></svg>`;
}

// src/reporters/html/card.ts
var ICON = { error: "\u2716", warning: "\u26A0", info: "\u2139", ok: "\u2714" };
function worst(problems) {
  if (problems.some((p) => p.severity === "error")) return "error";
  if (problems.some((p) => p.severity === "warning")) return "warning";
  return problems.length ? "info" : "ok";
}
function statusBadge(problems) {
  const w = worst(problems);
  const n = (s, word) => {
    const c = problems.filter((p) => p.severity === s).length;
    return c ? `${c} ${word}${c > 1 ? "s" : ""}` : "";
  };
  const text = [n("error", "error"), n("warning", "warning"), n("info", "note")].filter(Boolean).join(", ") || "passes";
  return `<span class="badge badge-${w}">${ICON[w]} ${text}</span>`;
}
var DATA_IMAGE = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;
function img(p, alt, cls) {
  if (!DATA_IMAGE.test(p.src)) return "";
  return `<img class="${cls}" src="${esc(p.src)}" width="${p.width}" height="${p.height}" alt="${esc(alt)}">`;
}
function formatValue(v) {
  if (typeof v === "number") return num(v, 3);
  if (Array.isArray(v)) return v.map(formatValue).join(", ");
  if (v && typeof v === "object") {
    const s = JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 79)}\u2026` : s;
  }
  return String(v);
}
var present = (v) => v !== null && v !== void 0 && v !== "";
function sourceLine(p) {
  if (!p.source) return "";
  return `<p class="source muted">Source: ${esc(p.source.title)} <span class="url">${esc(p.source.url)}</span></p>`;
}
function problemList(problems, subject) {
  if (!problems.length) return "";
  const items = problems.map((p) => {
    const msg = p.message.startsWith(`${subject}: `) ? p.message.slice(subject.length + 2) : p.message;
    const actual = typeof p.actual === "string" && msg.includes(p.actual) ? null : p.actual;
    const measured = present(actual) || present(p.limit) ? `<p class="measured">${present(actual) ? `measured <strong>${esc(formatValue(actual))}</strong>` : ""}${present(actual) && present(p.limit) ? " \xB7 " : ""}${present(p.limit) ? `limit <strong>${esc(formatValue(p.limit))}</strong>` : ""}</p>` : "";
    const fix = p.fix ? `<p class="fix"><span class="fix-label">Fix:</span> ${escWithCode(p.fix)}</p>` : "";
    const ruling = p.ruling ? `<p class="ruling muted">Note: ${esc(p.ruling)}.</p>` : "";
    return `<li class="problem sev-${p.severity}" data-code="${esc(p.code)}"><p class="problem-msg"><span class="sev">${ICON[p.severity]} ${p.severity}</span> ${esc(msg)} <code>${esc(p.code)}</code></p>${measured}${ruling}${fix}${sourceLine(p)}</li>`;
  });
  return `<ul class="problems">${items.join("")}</ul>`;
}
function factRows(f) {
  const rows = [
    ["Kind", f.kind ?? "not a media kind the API takes"],
    ["Format", [f.format, f.mime && `(${f.mime})`].filter(Boolean).join(" ") || null],
    ["Extension", f.extension ? `.${f.extension}${f.extensionMismatch ? " \u26A0 does not match the content" : ""}` : "(none)"],
    ["Size", f.bytes !== null ? `${humanBytes(f.bytes)} (${f.bytes.toLocaleString("en-US")} bytes)` : null],
    ["Dimensions", f.width !== null && f.height !== null ? `${f.width}\xD7${f.height} px as displayed` : null],
    ["Duration", f.durationSec !== null ? `${num(f.durationSec, 3)} s` : null],
    ["Frame rate", f.fps ? `${num(f.fps.value, 3)} fps${f.fps.den !== 1 ? ` (${f.fps.num}/${f.fps.den})` : ""}${f.variableFrameRate ? ", variable" : ""}` : null],
    ["Video codec", f.videoCodec],
    ["Audio codec", f.audioCodec],
    ["Audio", f.sampleRate ? `${f.sampleRate} Hz${f.channels ? `, ${f.channels} channel${f.channels > 1 ? "s" : ""}` : ""}` : null],
    ["Rotation", f.rotation ? String(f.rotation) : null],
    ["Read problem", f.failure ? `${f.failure.reason}: ${f.failure.detail}` : null],
    ["Probed by", f.probedBy]
  ];
  return rows.filter(([, v]) => v !== null).map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join("");
}
function media(a, thumb, profile) {
  const name = baseName(a.source);
  const parts = [];
  if (thumb?.preview) {
    parts.push(img(thumb.preview, a.kind === "video" ? `Poster frame of ${name}` : `Preview of ${name}`, "preview"));
    if (a.facts.failure) parts.push(`<p class="media-note">\u26A0 Partial: the file is ${esc(a.facts.failure.reason.replace(/_/g, " "))}; this is what could be decoded.</p>`);
  }
  if (thumb?.waveform) parts.push(waveformSvg(thumb.waveform, a.kind === "audio" ? profile.audio.maxDurationSec.value : null, name));
  if (!parts.length) {
    const remote = /^[a-z][a-z\d+.-]*:\/\//i.test(a.source);
    const why = thumb?.error ?? (!a.kind ? "not an image, video or audio file" : remote ? "previews are made of local files only" : "no preview was made");
    parts.push(`<div class="no-preview" role="img" aria-label="${esc(`No preview: ${why}`)}"><span class="no-preview-icon" aria-hidden="true">${a.kind === "audio" ? "\u266A" : a.kind === "video" ? "\u25B6" : a.kind === "image" ? "\u25A3" : "?"}</span><span>No preview</span><span class="muted">${esc(why)}</span></div>`);
  }
  if (thumb?.frames?.length) {
    const frames = thumb.frames.map((f) => `<figure>${img(f, `Frame at ${num(f.at, 1)} s`, "frame")}<figcaption>${num(f.at, 1)} s</figcaption></figure>`).join("");
    parts.push(`<div class="frames" role="group" aria-label="${esc(`${thumb.frames.length} frames of ${name}`)}">${frames}</div>`);
  }
  return `<div class="card-media">${parts.join("")}</div>`;
}
function gauges(a, profile) {
  const out = [];
  const ratio = aspectOf(a);
  if ((a.kind === "image" || a.kind === "video") && ratio !== null) {
    const lim = profile[a.kind];
    out.push(aspectGauge({ ratio, width: a.facts.width, height: a.facts.height, min: lim.minAspect.value, max: lim.maxAspect.value }));
  }
  if ((a.kind === "video" || a.kind === "audio") && a.facts.durationSec !== null) {
    const lim = profile[a.kind];
    out.push(durationGauge(a.facts.durationSec, lim.minDurationSec?.value ?? null, lim.maxDurationSec?.value ?? null));
  }
  return out.length ? `<div class="gauges">${out.join("")}</div>` : "";
}
function assetCard(a, o) {
  const w = worst(a.problems);
  const h = `h${o.level}`;
  const line = describeFacts(a.facts);
  const used = o.usedBy.length ? `<p class="used-by">Used as ${o.usedBy.map(esc).join("; ")}</p>` : "";
  return `<article class="card status-${w}" id="${o.id}" aria-labelledby="${o.id}-h" data-status="${w}" data-kind="${a.kind ?? "unknown"}">
<div class="card-head">
<${h} class="card-title" id="${o.id}-h">${statusBadge(a.problems)} <span class="name">${esc(baseName(a.source))}</span></${h}>
<p class="path">${esc(a.source)}</p>
</div>
${media(a, o.thumb, o.profile)}
<div class="card-body">
${line ? `<p class="facts-line">${esc(line)}</p>` : ""}${used}
${problemList(a.problems, a.source)}${gauges(a, o.profile)}
<details class="facts"><summary>All facts</summary><dl>${factRows(a.facts)}</dl></details>
</div>
</article>`;
}

// src/reporters/html/prompt.ts
var MAX_PROMPT_CHARS = 2e4;
var MAX_SPANS = 300;
function referenceSpans(text) {
  const spans = [];
  let pos = 0;
  while (spans.length < MAX_SPANS && pos < text.length) {
    const from = Math.max(0, pos - 4);
    const refs = parsePromptReferences(text.slice(from)).refs.map((r) => ({ ...r, offset: r.offset + from })).filter((r) => r.offset >= pos);
    if (!refs.length) break;
    const start = refs[0].offset;
    let end = start;
    const group = [];
    for (const r of refs) {
      if (group.length && r.offset >= end) break;
      group.push(r);
      end = Math.max(end, r.offset + r.written.length);
    }
    spans.push({ start, end, refs: group });
    pos = end;
  }
  return spans;
}
var refName = (r) => `${r.kind} ${r.number}`;
function promptHtml(prompt, target) {
  const full = prompt.normalize("NFKC");
  const truncated = full.length > MAX_PROMPT_CHARS;
  const text = truncated ? full.slice(0, MAX_PROMPT_CHARS) : full;
  const out = [];
  let at = 0;
  let refs = 0;
  let missing = 0;
  for (const span of referenceSpans(text)) {
    out.push(esc(text.slice(at, span.start)));
    const written = text.slice(span.start, span.end);
    const uniq = [...new Map(span.refs.map((r) => [refName(r), r])).values()];
    const targets = uniq.map((r) => ({ r, t: target(r.kind, r.number) }));
    const absent = targets.filter((x) => x.t.anchor === null);
    refs += uniq.length;
    missing += absent.length;
    const names = uniq.map(refName).join(", ");
    const first = targets.find((x) => x.t.anchor !== null);
    const cls = absent.length ? "ref ref-missing" : "ref";
    const title = absent.length ? `${names}: ${absent.map((x) => refName(x.r)).join(", ")} not in the request` : `refers to ${names}`;
    const label = `data-refs="${esc(names)}"`;
    const body = targets.length > 1 ? splitNumbers(written, targets) : first ? `<a href="#${first.t.anchor}">${esc(written)}</a>` : esc(written);
    const flag = absent.length ? ` <span class="ref-flag">\u2716 no ${esc(absent.map((x) => refName(x.r)).join(", "))}</span>` : "";
    out.push(`<mark class="${cls}" ${label} title="${esc(title)}">${body}${flag}</mark>`);
    at = span.end;
  }
  out.push(esc(text.slice(at)));
  return { html: out.join(""), refs, missing, truncated };
}
function splitNumbers(written, targets) {
  const byNumber = new Map(targets.map((x) => [x.r.number, x.t.anchor]));
  return written.replace(/\d+|[^\d]+/g, (part) => {
    if (!/^\d+$/.test(part)) return esc(part);
    const anchor = byNumber.get(Number(part));
    return anchor ? `<a href="#${anchor}">${part}</a>` : esc(part);
  });
}

// src/reporters/html/styles.ts
var STYLES = `
:root{--bg:#f6f7f9;--fg:#1b1f24;--muted:#5b6470;--card:#fff;--line:#d9dde3;--track:#eceff3;
--err:#b3261e;--err-bg:#fdecea;--warn:#8a5300;--warn-bg:#fff4e0;--ok:#1e7b34;--ok-bg:#e7f5ea;--info:#1f5fa8;--info-bg:#e8f0fb;
--accent:#3a5bd9;--mark:#fff1a8;--s0:#3a5bd9;--s1:#0f8b8d;--s2:#8e44ad;--s3:#d35400;--s4:#2c7a2c;--s5:#b0306b}
@media (prefers-color-scheme:dark){:root{--bg:#14171b;--fg:#e6e9ee;--muted:#9aa4b1;--card:#1d2127;--line:#343a43;--track:#2a2f37;
--err:#ff8a80;--err-bg:#3b1d1b;--warn:#ffc266;--warn-bg:#3a2c12;--ok:#7bd88f;--ok-bg:#17301d;--info:#8ab4f8;--info-bg:#172a44;--accent:#8ab4f8;--mark:#4a4214}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
main,.top{max-width:1120px;margin:0 auto;padding:0 16px}
.top{padding-top:20px;padding-bottom:4px}
h1{font-size:1.6rem;margin:0 0 6px}
h2{font-size:1.3rem;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:18px 0 8px}
h4{font-size:1rem;margin:16px 0 6px}
.request>h4{font-size:.85rem;margin:18px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
a{color:var(--accent)}
a:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:4px}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--track);padding:1px 5px;border-radius:4px;color:var(--muted)}
.muted{color:var(--muted)}
.verdict{display:inline-block;margin:4px 0 8px;padding:6px 14px;border-radius:999px;font-weight:700;font-size:1.05rem;border:1px solid currentColor}
.verdict.status-error{color:var(--err);background:var(--err-bg)}.verdict.status-warning{color:var(--warn);background:var(--warn-bg)}.verdict.status-ok{color:var(--ok);background:var(--ok-bg)}
.stats{list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:4px 0;color:var(--muted)}
.stats strong{color:var(--fg)}
nav{display:flex;gap:14px;margin:6px 0}
.badge{display:inline-block;font-size:.8rem;font-weight:700;padding:1px 8px;border-radius:999px;border:1px solid currentColor;white-space:nowrap;vertical-align:2px}
.badge-error{color:var(--err);background:var(--err-bg)}.badge-warning{color:var(--warn);background:var(--warn-bg)}
.badge-ok{color:var(--ok);background:var(--ok-bg)}.badge-info{color:var(--info);background:var(--info-bg)}
.path{margin:0;color:var(--muted);font-size:.85rem}
.request,.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--line);border-radius:10px}
.status-error.request,.status-error.card{border-left-color:var(--err)}
.status-warning.request,.status-warning.card{border-left-color:var(--warn)}
.status-ok.request,.status-ok.card,.status-info.card,.status-info.request{border-left-color:var(--ok)}
.request{padding:14px 18px;margin:0 0 16px}
.request>h3{margin-top:0}
.tiles{list-style:none;display:flex;flex-wrap:wrap;gap:10px;padding:0;margin:0}
.tile{width:152px}
.tile-inner{display:flex;flex-direction:column;gap:2px;height:100%;padding:6px;border:1px solid var(--line);border-radius:8px;color:inherit;text-decoration:none;background:var(--bg)}
a.tile-inner:hover{border-color:var(--accent)}
.tile.status-error .tile-inner{border-color:var(--err);border-width:2px}
.tile-pic{display:flex;align-items:center;justify-content:center;height:90px;background:var(--track);border-radius:5px;overflow:hidden}
.tile-img{max-width:100%;max-height:90px;width:auto;height:auto}
.tile-pic .wave{height:60px}
.tile-none{font-size:2rem;color:var(--muted)}
.tile-label{font-weight:700}
.tile .name{font-size:.85rem;color:var(--muted)}
.tile .badge{align-self:flex-start}
.prompt{margin:0;padding:10px 14px;border-left:4px solid var(--accent);background:var(--bg);border-radius:0 8px 8px 0;white-space:pre-wrap;font-size:1rem}
mark.ref{background:var(--mark);color:inherit;padding:0 3px;border-radius:4px;border-bottom:2px solid var(--accent)}
mark.ref a{color:inherit;font-weight:700;text-decoration-thickness:2px}
mark.ref-missing{background:var(--err-bg);border:2px dashed var(--err);border-bottom-style:dashed}
.ref-flag{color:var(--err);font-weight:700;font-size:.85em;white-space:nowrap}
.prompt-note{margin:4px 0 0;font-size:.9rem;color:var(--muted)}
.budgets{display:grid;grid-template-columns:minmax(0,1.25fr) minmax(0,1fr);gap:12px 28px}
.budget-col{display:flex;flex-direction:column;gap:12px;min-width:0}
.budget-wide{grid-column:1/-1}
.aspects{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:0 28px}
.budget{min-width:0}
.budget-head{margin:0 0 4px;display:flex;flex-wrap:wrap;justify-content:space-between;gap:2px 10px;font-size:.92rem}
.bar{position:relative;display:flex;height:30px;background:repeating-linear-gradient(135deg,var(--track) 0 8px,transparent 8px 12px),var(--track);border-radius:6px;overflow:visible;border:1px solid var(--line)}
.seg{height:100%;color:#fff;font-size:.75rem;font-weight:700;line-height:28px;padding:0 6px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;border-right:2px solid var(--card)}
.seg:first-child{border-radius:5px 0 0 5px}
.seg-0{background:var(--s0)}.seg-1{background:var(--s1)}.seg-2{background:var(--s2)}.seg-3{background:var(--s3)}.seg-4{background:var(--s4)}.seg-5{background:var(--s5)}
.over-zone{position:absolute;top:-3px;bottom:-3px;background:repeating-linear-gradient(45deg,rgba(179,38,30,.55) 0 5px,rgba(179,38,30,.15) 5px 10px);border:2px solid var(--err);border-radius:0 6px 6px 0}
.limit{position:absolute;top:-6px;bottom:-6px;width:0;border-left:3px solid var(--fg);transform:translateX(-1.5px)}
.limit-min{border-left-style:dotted}
.legend{list-style:none;padding:0;margin:6px 0 0;font-size:.85rem;display:flex;flex-wrap:wrap;gap:2px 14px}
.swatch{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:5px;vertical-align:-1px}
.ok-word{color:var(--ok);font-weight:700}.bad-word{color:var(--err);font-weight:700}.warn-word{color:var(--warn);font-weight:700}
.counts{list-style:none;padding:0;margin:0}
.count{display:grid;grid-template-columns:88px auto 1fr;align-items:center;gap:10px;font-size:.88rem;margin:5px 0}
.pips{display:flex;flex-wrap:wrap;gap:3px}
.pip{width:13px;height:13px;border:2px solid var(--muted);border-radius:3px}
.pip.used{background:var(--accent);border-color:var(--accent)}
.pip.over{background:var(--err);border-color:var(--err);background-image:linear-gradient(45deg,transparent 45%,#fff 45% 55%,transparent 55%)}
.pip-bar{display:block;width:120px;height:12px;background:var(--track);border-radius:6px;overflow:hidden}.pip-bar span{display:block;height:100%;background:var(--accent)}
.count-value{color:var(--muted);white-space:nowrap}
.aspects{list-style:none;padding:0;margin:0}
.media-note{margin:0;font-size:.8rem;color:var(--warn)}
.aspects li{margin:0 0 6px}
.aspect-name{font-size:.85rem}
.gauge{margin:6px 0 10px}
.gauge-track{position:relative;height:10px;margin:14px 10px 20px;background:var(--track);border-radius:5px;border:1px solid var(--line)}
.window{position:absolute;top:-1px;bottom:-1px;background:var(--ok-bg);border:2px solid var(--ok);border-radius:5px}
.marker{position:absolute;top:50%;transform:translate(-50%,-50%);display:flex;align-items:center;justify-content:center;z-index:1}
.marker .shape{display:block;background:var(--accent);border:2px solid var(--card);outline:1px solid var(--accent);border-radius:2px}
.marker:empty{width:6px;height:22px;background:var(--accent);border:2px solid var(--card);border-radius:3px}
.gauge.is-bad .marker .shape,.gauge.is-bad .marker:empty{background:var(--err);outline-color:var(--err)}
.tick{position:absolute;top:12px;transform:translateX(-50%);font-size:.72rem;color:var(--muted);white-space:nowrap}
.gauge-text{margin:0;font-size:.85rem}
.billing{display:flex;flex-wrap:wrap;gap:8px;margin:0;font-size:.92rem}
.billing div{padding:4px 12px;border:1px solid var(--line);border-radius:8px;background:var(--bg)}
.billing dt{color:var(--muted);font-size:.8rem}.billing dd{margin:0;font-weight:700;font-size:1.05rem}
.cards{display:grid;gap:12px}
.card{display:grid;grid-template-columns:260px minmax(0,1fr);grid-template-areas:"head head" "media body";gap:8px 18px;padding:12px 14px}
.card-head{grid-area:head}.card-media{grid-area:media}.card-body{grid-area:body;min-width:0}
.card-media{display:flex;flex-direction:column;gap:8px;min-width:0}
.preview{display:block;max-width:100%;height:auto;max-height:260px;width:auto;margin:0 auto;border-radius:6px;background:repeating-conic-gradient(var(--track) 0 25%,transparent 0 50%) 0 0/16px 16px;border:1px solid var(--line)}
.wave{display:block;width:100%;height:80px;background:var(--bg);border-radius:6px;border:1px solid var(--line)}
.wave-line{stroke:var(--accent);fill:none}
.wave-over{fill:rgba(179,38,30,.22)}
.wave-limit{stroke:var(--err);stroke-width:3;stroke-dasharray:6 4;vector-effect:non-scaling-stroke}
.frames{display:grid;grid-template-columns:repeat(auto-fill,minmax(46px,1fr));gap:4px}
.frames figure{margin:0;text-align:center}
.frame{display:block;width:100%;height:auto;border-radius:3px;border:1px solid var(--line)}
.frames figcaption{font-size:.68rem;color:var(--muted)}
.no-preview{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;min-height:140px;padding:10px;text-align:center;background:var(--track);border:2px dashed var(--line);border-radius:6px;font-size:.85rem}
.no-preview-icon{font-size:2rem;color:var(--muted)}
.card-title{margin:0 0 2px;font-size:1.1rem;display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px}
.facts-line{margin:0 0 2px;font-size:.9rem}
.used-by{margin:2px 0;font-size:.85rem;color:var(--info)}
.problems{list-style:none;padding:0;margin:10px 0}
.problem{padding:8px 10px;border-radius:6px;margin:0 0 6px;border-left:4px solid}
.problem p{margin:0}
.problem.sev-error{background:var(--err-bg);border-color:var(--err)}
.problem.sev-warning{background:var(--warn-bg);border-color:var(--warn)}
.problem.sev-info{background:var(--info-bg);border-color:var(--info)}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em;margin-right:4px}
.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
.measured{font-size:.88rem}
.fix{font-size:.88rem}.fix-label{font-weight:700}
.request>.problems{margin-top:8px}
details.facts{margin-top:6px;font-size:.88rem}
details.facts dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:1px 14px;margin:6px 0 0}
details.facts dt{color:var(--muted)}details.facts dd{margin:0}
summary{cursor:pointer;font-weight:600;padding:2px 0}
details.passing>summary{padding:8px 12px;background:var(--card);border:1px solid var(--line);border-radius:8px;margin-bottom:10px}
.card:target,.tile:target .tile-inner,.request:target{outline:3px solid var(--accent);outline-offset:2px}
@media (max-width:680px){
body{font-size:14px}
main,.top{padding:0 10px}
.top{padding-top:12px}
.card{grid-template-columns:minmax(0,1fr);grid-template-areas:"head" "media" "body";padding:10px}
.preview{max-height:220px}
.pip{width:11px;height:11px}
.count{grid-template-columns:72px auto 1fr;gap:8px}
.request{padding:10px 12px}
.tile{width:calc(50% - 5px)}
.budgets{grid-template-columns:minmax(0,1fr)}
}
`;

// src/reporters/html/build.ts
var isUrl = (s) => /^[a-z][a-z\d+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s);
function assetIndex(report, cwd) {
  const key = (s) => cwd && !isUrl(s) ? resolvePosix(cwd, s) : s;
  const byKey = /* @__PURE__ */ new Map();
  report.assets.forEach((a, i) => byKey.has(key(a.source)) || byKey.set(key(a.source), i));
  return (source) => byKey.get(key(source));
}
function resolvePosix(cwd, s) {
  const out = [];
  for (const part of (s.startsWith("/") ? s : `${cwd}/${s}`).split("/")) {
    if (part === "..") out.pop();
    else if (part && part !== ".") out.push(part);
  }
  return `/${out.join("/")}`;
}
var cardId = (i) => `asset-${i + 1}`;
var tileId = (ri, a) => `request-${ri + 1}-${a.kind}-${a.index + 1}`;
function verdict(report) {
  const { errors, warnings } = report.summary;
  const bad = report.assets.filter((a) => a.problems.some((p) => p.severity !== "info")).length + report.requests.filter((r) => r.problems.some((p) => p.severity !== "info")).length;
  const counts = [errors && `${errors} error${errors > 1 ? "s" : ""}`, warnings && `${warnings} warning${warnings > 1 ? "s" : ""}`].filter(Boolean).join(", ");
  if (errors) return `<p class="verdict status-error">\u2716 Not ready: ${counts} in ${bad} item${bad > 1 ? "s" : ""}</p>`;
  if (warnings) return `<p class="verdict status-warning">\u26A0 Ready, with ${counts}</p>`;
  return '<p class="verdict status-ok">\u2714 Ready: no problems found</p>';
}
function tile(env, ri, a) {
  const i = env.find(a.source);
  const asset = i === void 0 ? void 0 : env.report.assets[i];
  const thumb = asset ? env.thumbs.get(asset.source) : void 0;
  const name = baseName(a.source);
  let pic = "";
  if (thumb?.preview) pic = img(thumb.preview, `Preview of ${name}`, "tile-img");
  else if (thumb?.waveform) pic = waveformSvg(thumb.waveform, null, name);
  if (!pic) pic = `<span class="tile-none" aria-hidden="true">${a.kind === "audio" ? "\u266A" : a.kind === "video" ? "\u25B6" : "\u25A3"}</span>`;
  const status = asset ? statusBadge(asset.problems) : `<span class="badge badge-${isUrl(a.source) ? "info" : "error"}">${isUrl(a.source) ? "\u2139 not downloaded" : "\u2716 not found"}</span>`;
  const inner = `<span class="tile-pic">${pic}</span><span class="tile-label">${esc(assetLabel(a))}</span><span class="name">${esc(name)}</span>${status}`;
  const w = asset ? worst(asset.problems) : isUrl(a.source) ? "info" : "error";
  return `<li class="tile status-${w}" id="${tileId(ri, a)}" data-label="${esc(assetLabel(a))}">${i === void 0 ? `<span class="tile-inner">${inner}</span>` : `<a class="tile-inner" href="#${cardId(i)}">${inner}</a>`}</li>`;
}
function billingHtml(r) {
  const b = r.billing;
  if (!b) return '<p class="muted">No billing facts: the request could not be read.</p>';
  const rows = [
    ["Output", b.outputSeconds !== null ? `${num(b.outputSeconds)} s` : null],
    ["Reference video (billed)", `${num(b.referenceVideoSeconds)} s`],
    ["Billable", b.billableSeconds !== null ? `${num(b.billableSeconds)} s` : "unknown"],
    ["Quality", b.quality],
    ["Credits per second", b.creditsPerSecond !== null ? num(b.creditsPerSecond, 4) : null],
    ["Multiplier", b.multiplier !== 1 ? `\xD7${num(b.multiplier)}` : null],
    ["Estimated credits", b.estimatedCredits !== null ? `\u2248 ${num(b.estimatedCredits)}` : null],
    ["No estimate", b.reason ?? null]
  ];
  const assumed = b.assumptions?.length ? `<ul class="assumptions" aria-label="What the estimate assumes">${b.assumptions.map((a) => `<li>${esc(a)}</li>`).join("")}</ul>` : "";
  return `<dl class="billing">${rows.filter(([, v]) => v !== null).map(([k, v]) => `<div><dt>${k}</dt><dd>${esc(v)}</dd></div>`).join("")}</dl>${assumed}`;
}
function runTotalHtml(report) {
  const t = report.total;
  if (!t) return "";
  const rows = [
    ["billable", "Billable", `${num(t.billableSeconds)} s`],
    ["credits", "Estimated credits, where priced", `\u2248 ${num(t.estimatedCredits)}`],
    ["unestimated", "Requests not estimated", String(t.unestimated)]
  ];
  return `<section class="run-total" id="run-total" aria-labelledby="run-total-h"><h3 id="run-total-h">Run total</h3><dl class="billing">${rows.map(([k, dt, dd]) => `<div data-total="${k}"><dt>${dt}</dt><dd>${esc(dd)}</dd></div>`).join("")}</dl></section>`;
}
function requestSection(env, r, ri, profile) {
  const id = `request-${ri + 1}`;
  const anchorOf = (source) => {
    const i = env.find(source);
    return i === void 0 ? null : cardId(i);
  };
  const assetOf = (source) => {
    const i = env.find(source);
    return i === void 0 ? void 0 : env.report.assets[i];
  };
  const tiles = r.assets.length ? `<ol class="tiles">${r.assets.map((a) => tile(env, ri, a)).join("")}</ol>` : '<p class="muted">No reference assets (text-to-video).</p>';
  let prompt;
  if (typeof r.prompt === "string" && r.prompt.trim()) {
    const p = promptHtml(r.prompt, (kind, number) => {
      const a = r.assets.find((x) => x.kind === kind && x.index === number - 1);
      return { anchor: a ? anchorOf(a.source) ?? tileId(ri, a) : null };
    });
    const note = p.refs === 0 ? "No numbered references to assets." : p.missing ? `\u2716 ${p.missing} of ${p.refs} reference${p.refs > 1 ? "s" : ""} point to no asset.` : `\u2714 ${p.refs} reference${p.refs > 1 ? "s" : ""}, each linked to its asset.`;
    prompt = `<blockquote class="prompt" data-refs="${p.refs}" data-missing="${p.missing}">${p.html}${p.truncated ? '<span class="muted"> \u2026 (cut here)</span>' : ""}</blockquote><p class="prompt-note">${note}</p>`;
  } else prompt = `<p class="muted">${r.prompt === void 0 ? "The prompt is not in this report." : "No prompt."}</p>`;
  const b = requestBudgets(r, assetOf, profile);
  const aspects = b.aspects.length ? `<ul class="aspects">${b.aspects.map((x) => `<li data-label="${esc(x.label)}"><span class="aspect-name">${esc(x.label)} \xB7 ${anchorOf(x.source) ? `<a href="#${anchorOf(x.source)}">${esc(baseName(x.source))}</a>` : esc(baseName(x.source))}</span>${aspectGauge(x)}</li>`).join("")}</ul>` : "";
  return `<article class="request status-${worst([...r.problems, ...r.assets.flatMap((a) => assetOf(a.source)?.problems ?? [])])}" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${statusBadge(r.problems)} <span class="name">${esc(baseName(r.source))}</span></h3>
<p class="path">${esc(r.source)} \xB7 profile ${esc(r.profile)}</p>
${problemList(r.problems, r.source)}
<h4>Assets, as the prompt numbers them</h4>
${tiles}
<h4>Prompt</h4>
${prompt}
<h4>Budgets</h4>
<div class="budgets"><div class="budget-col">${secondsBar(b.video, anchorOf)}${secondsBar(b.audio, anchorOf)}</div>
<div class="budget"><p class="budget-head"><strong>Counts</strong></p><ul class="counts">${b.counts.map(countPips).join("")}</ul></div>
${aspects ? `<div class="budget budget-wide"><p class="budget-head"><strong>Aspect ratios</strong> <span class="muted">width / height on a log scale; the allowed window is outlined</span></p>${aspects}</div>` : ""}</div>
<h4>Billing</h4>
${billingHtml(r)}
</article>`;
}
function buildHtml(report, thumbs, ctx) {
  const profile = profileNamed(report.profile);
  const env = { report, thumbs, find: assetIndex(report, ctx.cwd) };
  const usedBy = /* @__PURE__ */ new Map();
  report.requests.forEach((r) => {
    for (const a of r.assets) {
      const i = env.find(a.source);
      if (i !== void 0) usedBy.set(i, [...usedBy.get(i) ?? [], `${assetLabel(a)} in ${baseName(r.source)}`]);
    }
  });
  const rank = { error: 0, warning: 1, info: 2, ok: 3 };
  const order = report.assets.map((a, i) => ({ a, i, w: worst(a.problems) })).sort((x, y) => rank[x.w] - rank[y.w] || x.i - y.i);
  const attention = order.filter((x) => x.w === "error" || x.w === "warning");
  const passing = order.filter((x) => x.w === "ok" || x.w === "info");
  const card = (x) => assetCard(x.a, { id: cardId(x.i), level: 4, thumb: thumbs.get(x.a.source), profile: profileNamed(usedByProfile(report, x.a.source, env) ?? report.profile), usedBy: usedBy.get(x.i) ?? [] });
  const requests = report.requests.length ? `<section class="requests" id="requests" aria-labelledby="requests-h"><h2 id="requests-h">Requests (${report.requests.length})</h2>${runTotalHtml(report)}${report.requests.map((r, ri) => requestSection(env, r, ri, profileNamed(r.profile))).join("")}</section>` : "";
  const files = `<section class="files" id="files" aria-labelledby="files-h"><h2 id="files-h">Files (${report.assets.length})</h2>
${attention.length ? `<section aria-labelledby="attention-h"><h3 id="attention-h">Need attention (${attention.length})</h3><div class="cards">${attention.map(card).join("")}</div></section>` : ""}
${passing.length ? `<section aria-labelledby="passing-h"><h3 id="passing-h">Passing (${passing.length})</h3><details class="passing"><summary>Show ${passing.length} passing file${passing.length > 1 ? "s" : ""}</summary><div class="cards">${passing.map(card).join("")}</div></details></section>` : ""}
${report.assets.length ? "" : '<p class="muted">No files.</p>'}</section>`;
  const { assets, requests: nReq } = report.summary;
  const title = `${report.ok ? report.summary.warnings ? "\u26A0" : "\u2714" : "\u2716"} Seedance preflight report`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="seedance-preflight ${esc(ctx.toolVersion)}">
<title>${esc(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="top">
<h1>Seedance preflight report</h1>
${verdict(report)}
<ul class="stats"><li><strong>${assets}</strong> file${assets === 1 ? "" : "s"}</li><li><strong>${nReq}</strong> request${nReq === 1 ? "" : "s"}</li><li>profile <strong>${esc(report.profile)}</strong></li><li>seedance-preflight ${esc(ctx.toolVersion)}</li></ul>
<nav aria-label="Contents">${nReq ? '<a href="#requests">Requests</a>' : ""}<a href="#files">Files</a></nav>
</header>
<main>
${requests}
${files}
</main>
</body>
</html>
`;
}
function usedByProfile(report, source, env) {
  const i = env.find(source);
  return report.requests.find((r) => r.assets.some((a) => env.find(a.source) === i))?.profile;
}
export {
  buildHtml
};
