import type { Profile } from '../../profiles/index.js';
import type { AssetReport, Kind, Report, RequestReport } from '../../types.js';
import { assetLabel, profileNamed, requestBudgets } from './budgets.js';
import { assetCard, img, problemList, statusBadge, worst } from './card.js';
import { countPips, aspectGauge, secondsBar, waveformSvg } from './charts.js';
import { baseName, esc, num } from './escape.js';
import { promptHtml } from './prompt.js';
import { STYLES } from './styles.js';
import type { HtmlContext, Thumbs } from './types.js';

const isUrl = (s: string) => /^[a-z][a-z\d+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s);

/** Finds the AssetReport for a source as a request names it (relative or absolute, same file). */
function assetIndex(report: Report, cwd: string | undefined) {
  const key = (s: string) => (cwd && !isUrl(s) ? resolvePosix(cwd, s) : s);
  const byKey = new Map<string, number>();
  report.assets.forEach((a, i) => byKey.has(key(a.source)) || byKey.set(key(a.source), i));
  return (source: string): number | undefined => byKey.get(key(source));
}

/** node:path's POSIX resolve, without Node: the browser page renders this report too. */
function resolvePosix(cwd: string, s: string): string {
  const out: string[] = [];
  for (const part of (s.startsWith('/') ? s : `${cwd}/${s}`).split('/')) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return `/${out.join('/')}`;
}

const cardId = (i: number) => `asset-${i + 1}`;
const tileId = (ri: number, a: { kind: Kind; index: number }) => `request-${ri + 1}-${a.kind}-${a.index + 1}`;

function verdict(report: Report): string {
  const { errors, warnings } = report.summary;
  const bad = report.assets.filter((a) => a.problems.some((p) => p.severity !== 'info')).length + report.requests.filter((r) => r.problems.some((p) => p.severity !== 'info')).length;
  const counts = [errors && `${errors} error${errors > 1 ? 's' : ''}`, warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`].filter(Boolean).join(', ');
  if (errors) return `<p class="verdict status-error">✖ Not ready: ${counts} in ${bad} item${bad > 1 ? 's' : ''}</p>`;
  if (warnings) return `<p class="verdict status-warning">⚠ Ready, with ${counts}</p>`;
  return '<p class="verdict status-ok">✔ Ready: no problems found</p>';
}

interface Env {
  report: Report;
  thumbs: Thumbs;
  find: (source: string) => number | undefined;
}

function tile(env: Env, ri: number, a: RequestReport['assets'][number]): string {
  const i = env.find(a.source);
  const asset = i === undefined ? undefined : env.report.assets[i];
  const thumb = asset ? env.thumbs.get(asset.source) : undefined;
  const name = baseName(a.source);
  let pic = '';
  if (thumb?.preview) pic = img(thumb.preview, `Preview of ${name}`, 'tile-img');
  else if (thumb?.waveform) pic = waveformSvg(thumb.waveform, null, name);
  if (!pic) pic = `<span class="tile-none" aria-hidden="true">${a.kind === 'audio' ? '♪' : a.kind === 'video' ? '▶' : '▣'}</span>`;
  const status = asset ? statusBadge(asset.problems) : `<span class="badge badge-${isUrl(a.source) ? 'info' : 'error'}">${isUrl(a.source) ? 'ℹ not downloaded' : '✖ not found'}</span>`;
  const inner = `<span class="tile-pic">${pic}</span><span class="tile-label">${esc(assetLabel(a))}</span><span class="name">${esc(name)}</span>${status}`;
  const w = asset ? worst(asset.problems) : isUrl(a.source) ? 'info' : 'error';
  return `<li class="tile status-${w}" id="${tileId(ri, a)}" data-label="${esc(assetLabel(a))}">${i === undefined ? `<span class="tile-inner">${inner}</span>` : `<a class="tile-inner" href="#${cardId(i)}">${inner}</a>`}</li>`;
}

function billingHtml(r: RequestReport): string {
  const b = r.billing;
  if (!b) return '<p class="muted">No billing facts: the request could not be read.</p>';
  const rows: [string, string | null][] = [
    ['Output', b.outputSeconds !== null ? `${num(b.outputSeconds)} s` : null],
    ['Reference video (billed)', `${num(b.referenceVideoSeconds)} s`],
    ['Billable', b.billableSeconds !== null ? `${num(b.billableSeconds)} s` : 'unknown'],
    ['Quality', b.quality],
    ['Credits per second', b.creditsPerSecond !== null ? num(b.creditsPerSecond, 4) : null],
    ['Multiplier', b.multiplier !== 1 ? `×${num(b.multiplier)}` : null],
    ['Estimated credits', b.estimatedCredits !== null ? `≈ ${num(b.estimatedCredits)}` : null],
    ['No estimate', b.reason ?? null],
  ];
  // a report merged from an older JSON may carry no assumptions
  const assumed = b.assumptions?.length ? `<ul class="assumptions" aria-label="What the estimate assumes">${b.assumptions.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` : '';
  return `<dl class="billing">${rows.filter(([, v]) => v !== null).map(([k, v]) => `<div><dt>${k}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>${assumed}`;
}

/** The run's cost together, when the run had a budget (lint --max-credits / --max-seconds). */
function runTotalHtml(report: Report): string {
  const t = report.total;
  if (!t) return '';
  const rows: [string, string, string][] = [
    ['billable', 'Billable', `${num(t.billableSeconds)} s`],
    ['credits', 'Estimated credits, where priced', `≈ ${num(t.estimatedCredits)}`],
    ['unestimated', 'Requests not estimated', String(t.unestimated)],
  ];
  return `<section class="run-total" id="run-total" aria-labelledby="run-total-h"><h3 id="run-total-h">Run total</h3><dl class="billing">${rows.map(([k, dt, dd]) => `<div data-total="${k}"><dt>${dt}</dt><dd>${esc(dd)}</dd></div>`).join('')}</dl></section>`;
}

function requestSection(env: Env, r: RequestReport, ri: number, profile: Profile): string {
  const id = `request-${ri + 1}`;
  const anchorOf = (source: string) => {
    const i = env.find(source);
    return i === undefined ? null : cardId(i);
  };
  const assetOf = (source: string): AssetReport | undefined => {
    const i = env.find(source);
    return i === undefined ? undefined : env.report.assets[i];
  };
  const tiles = r.assets.length
    ? `<ol class="tiles">${r.assets.map((a) => tile(env, ri, a)).join('')}</ol>`
    : '<p class="muted">No reference assets (text-to-video).</p>';
  let prompt: string;
  if (typeof r.prompt === 'string' && r.prompt.trim()) {
    const p = promptHtml(r.prompt, (kind, number) => {
      const a = r.assets.find((x) => x.kind === kind && x.index === number - 1);
      return { anchor: a ? (anchorOf(a.source) ?? tileId(ri, a)) : null };
    });
    const note = p.refs === 0 ? 'No numbered references to assets.' : p.missing ? `✖ ${p.missing} of ${p.refs} reference${p.refs > 1 ? 's' : ''} point to no asset.` : `✔ ${p.refs} reference${p.refs > 1 ? 's' : ''}, each linked to its asset.`;
    prompt = `<blockquote class="prompt" data-refs="${p.refs}" data-missing="${p.missing}">${p.html}${p.truncated ? '<span class="muted"> … (cut here)</span>' : ''}</blockquote><p class="prompt-note">${note}</p>`;
  } else prompt = `<p class="muted">${r.prompt === undefined ? 'The prompt is not in this report.' : 'No prompt.'}</p>`;
  const b = requestBudgets(r, assetOf, profile);
  const aspects = b.aspects.length
    ? `<ul class="aspects">${b.aspects.map((x) => `<li data-label="${esc(x.label)}"><span class="aspect-name">${esc(x.label)} · ${anchorOf(x.source) ? `<a href="#${anchorOf(x.source)}">${esc(baseName(x.source))}</a>` : esc(baseName(x.source))}</span>${aspectGauge(x)}</li>`).join('')}</ul>`
    : '';
  return `<article class="request status-${worst([...r.problems, ...r.assets.flatMap((a) => assetOf(a.source)?.problems ?? [])])}" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${statusBadge(r.problems)} <span class="name">${esc(baseName(r.source))}</span></h3>
<p class="path">${esc(r.source)} · profile ${esc(r.profile)}</p>
${problemList(r.problems, r.source)}
<h4>Assets, as the prompt numbers them</h4>
${tiles}
<h4>Prompt</h4>
${prompt}
<h4>Budgets</h4>
<div class="budgets"><div class="budget-col">${secondsBar(b.video, anchorOf)}${secondsBar(b.audio, anchorOf)}</div>
<div class="budget"><p class="budget-head"><strong>Counts</strong></p><ul class="counts">${b.counts.map(countPips).join('')}</ul></div>
${aspects ? `<div class="budget budget-wide"><p class="budget-head"><strong>Aspect ratios</strong> <span class="muted">width / height on a log scale; the allowed window is outlined</span></p>${aspects}</div>` : ''}</div>
<h4>Billing</h4>
${billingHtml(r)}
</article>`;
}

/** The report as one self-contained HTML page (no network: inline CSS, data: images, a CSP that blocks the rest). */
export function buildHtml(report: Report, thumbs: Thumbs, ctx: HtmlContext): string {
  const profile = profileNamed(report.profile);
  const env: Env = { report, thumbs, find: assetIndex(report, ctx.cwd) };
  const usedBy = new Map<number, string[]>();
  report.requests.forEach((r) => {
    for (const a of r.assets) {
      const i = env.find(a.source);
      if (i !== undefined) usedBy.set(i, [...(usedBy.get(i) ?? []), `${assetLabel(a)} in ${baseName(r.source)}`]);
    }
  });
  const rank = { error: 0, warning: 1, info: 2, ok: 3 } as const;
  const order = report.assets.map((a, i) => ({ a, i, w: worst(a.problems) })).sort((x, y) => rank[x.w] - rank[y.w] || x.i - y.i);
  const attention = order.filter((x) => x.w === 'error' || x.w === 'warning');
  const passing = order.filter((x) => x.w === 'ok' || x.w === 'info');
  const card = (x: (typeof order)[number]) =>
    assetCard(x.a, { id: cardId(x.i), level: 4, thumb: thumbs.get(x.a.source), profile: profileNamed(usedByProfile(report, x.a.source, env) ?? report.profile), usedBy: usedBy.get(x.i) ?? [] });
  const requests = report.requests.length
    ? `<section class="requests" id="requests" aria-labelledby="requests-h"><h2 id="requests-h">Requests (${report.requests.length})</h2>${runTotalHtml(report)}${report.requests.map((r, ri) => requestSection(env, r, ri, profileNamed(r.profile))).join('')}</section>`
    : '';
  const files = `<section class="files" id="files" aria-labelledby="files-h"><h2 id="files-h">Files (${report.assets.length})</h2>
${attention.length ? `<section aria-labelledby="attention-h"><h3 id="attention-h">Need attention (${attention.length})</h3><div class="cards">${attention.map(card).join('')}</div></section>` : ''}
${passing.length ? `<section aria-labelledby="passing-h"><h3 id="passing-h">Passing (${passing.length})</h3><details class="passing"><summary>Show ${passing.length} passing file${passing.length > 1 ? 's' : ''}</summary><div class="cards">${passing.map(card).join('')}</div></details></section>` : ''}
${report.assets.length ? '' : '<p class="muted">No files.</p>'}</section>`;
  const { assets, requests: nReq } = report.summary;
  const title = `${report.ok ? (report.summary.warnings ? '⚠' : '✔') : '✖'} Seedance preflight report`;
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
<ul class="stats"><li><strong>${assets}</strong> file${assets === 1 ? '' : 's'}</li><li><strong>${nReq}</strong> request${nReq === 1 ? '' : 's'}</li><li>profile <strong>${esc(report.profile)}</strong></li><li>seedance-preflight ${esc(ctx.toolVersion)}</li></ul>
<nav aria-label="Contents">${nReq ? '<a href="#requests">Requests</a>' : ''}<a href="#files">Files</a></nav>
</header>
<main>
${requests}
${files}
</main>
</body>
</html>
`;
}

/** The profile of the first request that uses the file (its limits are the ones it was checked against). */
function usedByProfile(report: Report, source: string, env: Env): string | undefined {
  const i = env.find(source);
  return report.requests.find((r) => r.assets.some((a) => env.find(a.source) === i))?.profile;
}
