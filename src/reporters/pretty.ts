import type { Problem, Report } from '../types.js';
import { paint, type Paint } from './color.js';
import { describeFacts } from './describe.js';
import { safeText, safeDeep } from '../lib/safe-text.js';
import { citedSources } from './location.js';
import { count } from '../messages/format.js';

export interface PrettyOptions {
  color?: boolean;
  /** Errors only, as ESLint's --quiet. */
  quiet?: boolean;
}

const mark = (p: Paint, sev: Problem['severity']) =>
  sev === 'error' ? p.red('✖ error  ') : sev === 'warning' ? p.yellow('⚠ warning') : p.blue('ℹ info   ');

/** Problems grouped by file, measured value against the limit, the fix, and a one-line summary. */
export function formatPretty(raw: Report, opts: PrettyOptions = {}): string {
  // names and tool output are shown with their control characters escaped (see safe-text)
  const report = safeDeep(raw);
  const p = paint(Boolean(opts.color));
  const keep = (x: Problem) => !opts.quiet || x.severity === 'error';
  const out: string[] = [];
  const block = (title: string, subtitle: string, problems: Problem[], subject: string) => {
    out.push(`${p.bold(p.blue(heading(title)))}${subtitle ? p.dim(`  ${subtitle}`) : ''}`);
    for (const x of problems) {
      const msg = x.message.startsWith(`${subject}: `) ? x.message.slice(subject.length + 2) : x.message;
      out.push(`  ${mark(p, x.severity)}  ${msg}  ${p.dim(x.code)}`);
      if (x.ruling) out.push(`  ${' '.repeat(9)}  ${p.dim('note:')} ${x.ruling}`);
      if (x.fix) out.push(`  ${' '.repeat(9)}  ${p.dim('fix:')} ${x.fix}`);
    }
    out.push('');
  };
  for (const a of report.assets) {
    const shown = a.problems.filter(keep);
    if (shown.length) block(a.source, describeFacts(a.facts), shown, a.source);
  }
  for (const r of report.requests) {
    const shown = r.problems.filter(keep);
    const b = r.billing;
    const bill = b?.billableSeconds != null
      ? `billable ${b.billableSeconds} s${b.estimatedCredits != null ? ` ≈ ${b.estimatedCredits} credits` : ''}`
      : '';
    if (shown.length || bill) block(r.source, [`request · ${r.profile}`, bill].filter(Boolean).join(' · '), shown, r.source);
  }
  const cited = citedSources({ ...report, assets: report.assets.map((a) => ({ ...a, problems: a.problems.filter(keep) })), requests: report.requests.map((r) => ({ ...r, problems: r.problems.filter(keep) })) });
  if (cited.length) {
    out.push(p.dim('Limits cited from:'));
    for (const s of cited) out.push(p.dim(`  ${s.title}: ${s.url}`));
    out.push('');
  }
  if (report.total) out.push(p.dim(`run total: ${report.total.billableSeconds} billable s · ${report.total.estimatedCredits} credits where priced${report.total.unestimated ? ` · ${count(report.total.unestimated, 'request')} not estimated` : ''}`), '');
  out.push(summaryLine(report, p, opts.quiet));
  return out.join('\n') + '\n';
}

/** The last line of the pretty report alone (what the terminal gets when the report goes to a file). */
export function formatSummary(raw: Report, opts: PrettyOptions & { suffix?: string } = {}): string {
  const p = paint(Boolean(opts.color));
  return `${summaryLine(safeDeep(raw), p, opts.quiet, opts.suffix)}\n`;
}

function summaryLine(r: Report, p: Paint, quiet?: boolean, suffix = ''): string {
  const { errors, warnings, assets, requests } = r.summary;
  const bad = r.assets.filter((a) => a.problems.some((x) => x.severity === 'error' || (!quiet && x.severity === 'warning'))).length;
  // Requests name their own profile in their header; the run's profile is the one loose files were held to.
  const checked = `${count(assets, 'file')}${requests ? ` and ${count(requests, 'request')}` : ''} checked${requests ? '' : ` (profile ${r.profile})`}`;
  const counts = `${count(errors, 'error')}${quiet ? '' : `, ${count(warnings, 'warning')}`}`;
  if (errors === 0 && (quiet || warnings === 0)) return p.green(`✔ ${checked}: no problems${suffix}`);
  const color = errors ? p.red : p.yellow;
  return color(`${errors ? '✖' : '⚠'} ${checked}: ${counts}${bad ? ` in ${count(bad, 'file')}` : ''}${suffix}`);
}

/** A title never starts a line with `::`: in a CI log that would be read as a workflow command. */
function heading(title: string): string {
  return title.startsWith('::') ? `./${title}` : safeText(title);
}
