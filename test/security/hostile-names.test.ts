import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { all, parseHtml } from '../html/dom.js';

/** Names an attacker can give files in a pull request: each must reach every format inert. */
const HOSTILE = [
  'new\nline.png',
  'carriage\rreturn.png',
  '::error file=a.png::forged annotation.png',
  'pct%0A::warning::x%0D.png',
  '<script>alert(1).png',
  '<svg onload=alert(2)>.png',
  `quotes"and'apos.png`,
  '$(id).png',
  'ansi\u001b[31mred\u001b[0m.png',
  'osc0\u001b]0;pwned title\u0007.png',
  'osc52\u001b]52;c;cHduZWQ=\u0007.png',
  'bidi\u202egnp.exe.png',
  'c1\u009b31m.png',
  'del\u007f.png',
];

// what a terminal acts on: C0 but LF (and ESC/BEL/CR), DEL, C1, separators, bidi overrides
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-hostile-'));
  // text in a .png: each is an error finding that names the file
  for (const n of HOSTILE) writeFileSync(join(dir, n), 'not an image at all\n');
  expect(readdirSync(dir).sort()).toEqual([...HOSTILE].sort());
});

async function lint(format: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = await runBin(['lint', '.', '--format', format, '--no-cache', ...extra], { cwd: dir, env: { GITHUB_ACTIONS: '', ...env } });
  expect(r.code).toBe(1);
  return r;
}

describe('hostile file names through every format', () => {
  it('pretty: no raw control character, every name shown escaped, no line starts a workflow command', async () => {
    const { stdout, stderr } = await lint('pretty');
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('osc52\\x1b]52;c;cHduZWQ=\\x07.png');
    expect(stdout).toContain('new\\nline.png');
    expect(stdout).toContain('bidi\\u202egnp.exe.png');
    expect(stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
  });

  it('pretty with colour: the only escape sequences are its own SGR colours', async () => {
    const { stdout } = await lint('pretty', ['--color']);
    expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL);
  });

  it('github: one workflow command per problem, nothing else at a line start; % CR LF : , encoded', async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'sp-sum-')), 'summary.md');
    const { stdout } = await lint('github', [], { GITHUB_STEP_SUMMARY: summary });
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(HOSTILE.length);
    for (const l of lines) {
      expect(l).toMatch(/^::error file=[^,:]*,title=[^,:]*::/);
      expect(l).not.toMatch(RAW_CONTROL);
      expect(l.slice(2).includes('\n')).toBe(false);
    }
    expect(stdout).toContain('pct%250A%3A%3Awarning%3A%3Ax%250D.png');
    const md = readFileSync(summary, 'utf8');
    expect(md).not.toMatch(RAW_CONTROL);
    expect(md).not.toContain('<script>');
  });

  it('json: parses, and every source is the exact file name (correct encoding, nothing dropped)', async () => {
    const { stdout } = await lint('json');
    expect(stdout).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(stdout) as { assets: { source: string; problems: unknown[] }[] };
    expect(report.assets.map((a) => a.source.replace(/^\.\//, '')).sort()).toEqual([...HOSTILE].sort());
  });

  it('sarif: parses, every artifact URI decodes to the exact file name', async () => {
    const { stdout } = await lint('sarif');
    expect(stdout).not.toMatch(RAW_CONTROL);
    const log = JSON.parse(stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = log.runs[0].results.map((r) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...new Set(uris)].sort()).toEqual([...HOSTILE].sort());
  });

  it('junit: well-formed XML 1.0 (strict parser), no raw control characters', async () => {
    const { stdout } = await lint('junit');
    expect(stdout).not.toMatch(RAW_CONTROL);
    const names: string[] = [];
    const parser = new SaxesParser();
    parser.on('opentag', (t) => void (t.name === 'testcase' && names.push(String(t.attributes.name))));
    parser.write(stdout).close();
    expect(names).toHaveLength(HOSTILE.length);
    expect(names).toContain('<script>alert(1).png');
  });

  it('html: no element from a name, no raw control character in the text', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sp-html-')), 'report.html');
    await lint('html', ['--output-file', out]);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(RAW_CONTROL);
    const els = all(parseHtml(html));
    expect(els.filter((e) => e.tagName === 'svg')).toEqual([]);
    expect(els.filter((e) => e.tagName === 'script').some((s) => JSON.stringify(s.childNodes ?? []).includes('alert('))).toBe(false);
    expect(els.some((e) => e.attrs?.some((a) => a.name === 'onload'))).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1).png');
  });
});
