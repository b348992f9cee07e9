import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/reporters/junit.js';
import { NASTY, asset, nastyReport, report } from './reports.js';

interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }

/** A strict XML 1.0 parse (saxes throws on anything ill-formed) into a small tree. */
function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void (stack[stack.length - 1].text += t));
  parser.write(xml).close();
  return root.children[0];
}

const all = (el: El, name: string): El[] => [
  ...el.children.filter((c) => c.name === name),
  ...el.children.flatMap((c) => all(c, name)),
];

const cwd = '/repo';
const ctx = { cwd, toolVersion: '0.1.0' };

describe('junit', () => {
  const rep = nastyReport(cwd);
  const xml = formatJunit(rep, ctx);
  const doc = parseXml(xml);

  it('the parser is strict: raw control characters and bare & are rejected', () => {
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
    expect(() => parseXml('<a b="x & y"/>')).toThrow();
    expect(() => parseXml('<a b="<"/>')).toThrow();
  });

  it('is well-formed XML with one testsuite and a testcase per asset and per request', () => {
    expect(doc.name).toBe('testsuites');
    const suites = all(doc, 'testsuite');
    expect(suites).toHaveLength(1);
    const cases = all(doc, 'testcase');
    expect(cases).toHaveLength(rep.assets.length + rep.requests.length);
    expect(suites[0].attrs.tests).toBe(String(cases.length));
  });

  it('a failure per error, warnings in system-out, counts add up', () => {
    const cases = all(doc, 'testcase');
    const errors = rep.summary.errors;
    expect(all(doc, 'failure')).toHaveLength(errors);
    const failed = cases.filter((c) => all(c, 'failure').length > 0).length;
    expect(all(doc, 'testsuite')[0].attrs.failures).toBe(String(failed));
    const first = cases[0];
    expect(all(first, 'failure').map((f) => f.attrs.type)).toEqual(['video.fps', 'video.fps']);
    expect(all(first, 'failure')[0].text).toContain('Source: https://docs.evolink.ai/x');
    const out = all(first, 'system-out')[0].text;
    expect(out).toContain('warning file.extension_mismatch');
    expect(out).toContain('info video.variable_frame_rate');
    const clean = cases.find((c) => c.attrs.name === 'media/clean.png');
    expect(clean?.children).toEqual([]);
  });

  it('names and messages survive escaping (controls shown as \\uXXXX)', () => {
    const names = all(doc, 'testcase').map((c) => c.attrs.name);
    const expected = NASTY.map((n) => n.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    for (const n of expected) expect(names).toContain(n);
    expect(names).toContain('requests/req 1, "draft".json');
    const f = all(doc, 'failure')[0];
    expect(f.attrs.message).toBe(rep.assets[0].problems[0].message);
    expect(f.attrs.message).toContain('\n');
    expect(f.text).toContain('<bad> & "worse", 100%');
  });

  it('an empty report is still a valid suite', () => {
    const d = parseXml(formatJunit(report([]), ctx));
    expect(all(d, 'testsuite')[0].attrs.tests).toBe('0');
    const one = parseXml(formatJunit(report([asset('a.png', 'image', [])]), ctx));
    expect(all(one, 'testcase')).toHaveLength(1);
  });
});
