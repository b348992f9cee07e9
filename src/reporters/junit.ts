import type { Problem, Report } from '../types.js';
import { type FormatContext, displayPath, fullText, wellFormed } from './location.js';

/**
 * Characters XML 1.0 cannot carry at all, not even as references, and the ones a terminal or viewer
 * would act on (DEL, C1, separators, bidi overrides): shown as \uXXXX instead.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

function clean(s: string): string {
  return wellFormed(s).replace(FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text content: & < > escaped; quotes too, so the same helper is safe anywhere; CR kept as a reference. */
export function escapeText(s: string): string {
  return clean(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values: also tab and newline as references, else XML normalises them to spaces. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

function line(p: Problem): string {
  return `${p.severity} ${p.code}: ${fullText(p)}`;
}

function testcase(classname: string, name: string, problems: Problem[]): { xml: string; failed: boolean } {
  const errors = problems.filter((p) => p.severity === 'error');
  const others = problems.filter((p) => p.severity !== 'error');
  const head = `    <testcase${attrs({ classname, name, time: 0 })}`;
  if (problems.length === 0) return { xml: `${head}/>`, failed: false };
  const body: string[] = [];
  for (const p of errors) {
    body.push(`      <failure${attrs({ message: p.message, type: p.code })}>${escapeText(fullText(p))}</failure>`);
  }
  // Warnings and infos do not fail the case; CI viewers show system-out next to it.
  if (others.length > 0) body.push(`      <system-out>${escapeText(others.map(line).join('\n'))}</system-out>`);
  return { xml: `${head}>\n${body.join('\n')}\n    </testcase>`, failed: errors.length > 0 };
}

/** The report as JUnit XML: one testsuite for the run, a testcase per asset and per request. */
export function formatJunit(report: Report, ctx: FormatContext): string {
  const cases = [
    ...report.assets.map((a) => testcase(`seedance-preflight.${a.kind ?? 'file'}`, displayPath(a.source, ctx.cwd), a.problems)),
    ...report.requests.map((r) => testcase('seedance-preflight.request', displayPath(r.source, ctx.cwd), r.problems)),
  ];
  const failures = cases.filter((c) => c.failed).length;
  const suite = { name: 'seedance-preflight', tests: cases.length, failures, errors: 0, skipped: 0, time: 0 };
  const props = [
    `      <property${attrs({ name: 'profile', value: report.profile })}/>`,
    `      <property${attrs({ name: 'toolVersion', value: ctx.toolVersion })}/>`,
    `      <property${attrs({ name: 'warnings', value: report.summary.warnings })}/>`,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'seedance-preflight', tests: cases.length, failures, errors: 0, time: 0 })}>`,
    `  <testsuite${attrs(suite)}>`,
    '    <properties>',
    ...props,
    '    </properties>',
    ...cases.map((c) => c.xml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
