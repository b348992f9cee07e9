import type { Report, Severity } from '../types.js';
import { safeDeep } from '../lib/safe-text.js';
import { count } from '../messages/format.js';
import { type FormatContext, displayPath, fullText, isUrl, locatedProblems } from './location.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow command data: %, CR and LF encoded (GitHub's toolkit escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command property values: as data, plus : and , (GitHub's toolkit escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,title=…::message` line per problem; URLs go in the message, not in file=. */
export function formatGithub(raw: Report, ctx: FormatContext): string {
  // controls escaped first (a raw ESC would reach the log); CR and LF are left to GitHub's own
  // %0D/%0A encoding, which the runner decodes, so an annotation still names a file with a line break
  const report = safeDeep(raw, '\r\n');
  const lines = locatedProblems(report).map(({ source, problem }) => {
    const props: string[] = [];
    let text = fullText(problem);
    if (isUrl(source)) text = `${source}: ${text}`;
    else props.push(`file=${escapeProperty(displayPath(source, ctx.cwd))}`);
    props.push(`title=${escapeProperty(problem.code)}`);
    return `::${COMMAND[problem.severity] ?? 'warning'} ${props.join(',')}::${escapeData(text)}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Job summaries are capped at 1 MiB per step; past this many rows the table says how many were left out. */
const MAX_ROWS = 500;

/** A Markdown cell: no pipes or newlines to break the table, no HTML to be rendered. */
function cell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/\r?\n|\r/g, '<br>');
}

const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

/** Markdown for $GITHUB_STEP_SUMMARY: verdict, counts, and a table of problems. */
export function githubSummary(raw: Report, ctx: Pick<FormatContext, 'cwd'> = { cwd: process.cwd() }): string {
  const report = safeDeep(raw);
  const s = report.summary;
  const verdict = report.ok ? '✅ Seedance preflight passed' : '❌ Seedance preflight failed';
  const out = [
    `## ${verdict}`,
    '',
    `Profile \`${report.profile.replace(/`/g, "'")}\` · ${count(s.assets, 'asset')} · ${count(s.requests, 'request')}`,
    '',
    '| Errors | Warnings | Infos |',
    '| ---: | ---: | ---: |',
    `| ${s.errors} | ${s.warnings} | ${s.infos} |`,
  ];
  const located = locatedProblems(report);
  if (located.length > 0) {
    out.push('', '| Severity | Code | File | Message |', '| --- | --- | --- | --- |');
    for (const { source, problem } of located.slice(0, MAX_ROWS)) {
      const where = cell(displayPath(source, ctx.cwd));
      out.push(`| ${ICON[problem.severity] ?? problem.severity} | \`${problem.code}\` | ${where} | ${cell(fullText(problem))} |`);
    }
    if (located.length > MAX_ROWS) out.push('', `…and ${count(located.length - MAX_ROWS, 'more problem')}; see the job log.`);
  }
  return `${out.join('\n')}\n`;
}
