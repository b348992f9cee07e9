import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url).pathname;
const action = readFileSync(path.join(repo, 'action.yml'), 'utf8');
const hooks = readFileSync(path.join(repo, '.pre-commit-hooks.yaml'), 'utf8');

/** The `run: |` block of the step with this id, de-indented (no YAML parser is installed). */
function runBlock(yaml: string, id: string): string {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.trim() === `- id: ${id}`);
  const run = lines.findIndex((l, i) => i > start && l.trim() === 'run: |');
  const indent = lines[run].indexOf('run:') + 2;
  const body: string[] = [];
  for (const l of lines.slice(run + 1)) {
    if (l.trim() !== '' && l.length - l.trimStart().length < indent) break;
    body.push(l.slice(indent));
  }
  return body.join('\n');
}

const declaredInputs = () => {
  const block = action.slice(action.indexOf('\ninputs:\n'), action.indexOf('\noutputs:\n'));
  return [...block.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
};

describe('action.yml (structure)', () => {
  it('is a composite action with consistent inputs', () => {
    expect(action).not.toContain('\t');
    expect(action).toMatch(/^runs:\n {2}using: composite$/m);
    const inputs = declaredInputs();
    expect(inputs).toEqual(expect.arrayContaining(['paths', 'model', 'max-warnings', 'sarif-file']));
    const used = new Set([...action.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...inputs].sort());
  });

  it('every run step says its shell, and no expression is pasted into a script (injection)', () => {
    const steps = action.split(/\n {4}- /).slice(1);
    for (const step of steps.filter((s) => /\n {6}run: \|/.test(s))) {
      expect(step).toMatch(/\n {6}shell: bash\n/);
      expect(step.slice(step.indexOf('run: |'))).not.toContain('${{');
    }
  });
});

describe('action.yml lint step (run with a stand-in CLI; test/action runs the real one)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sp-action-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fake = path.join(dir, 'fake-cli');
  writeFileSync(
    fake,
    `#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.CALLS, JSON.stringify(args) + '\\n');
const fmt = args[args.indexOf('--format') + 1];
const i = args.indexOf('--output-file');
if (i >= 0) fs.writeFileSync(args[i + 1], fmt === 'json' ? '{"summary":{"errors":2,"warnings":1}}' : '{}');
process.exit(Number(args[0] === 'lint' ? process.env.LINT_RC : fmt === 'sarif' ? process.env.SARIF_RC : process.env.GITHUB_RC));
`,
  );
  chmodSync(fake, 0o755);
  const script = runBlock(action, 'lint');

  function run(env: Record<string, string>) {
    const calls = path.join(dir, `calls-${Math.random()}`);
    const out = path.join(dir, `out-${Math.random()}`);
    writeFileSync(calls, '');
    writeFileSync(out, '');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: dir,
      env: {
        PATH: process.env.PATH!, CALLS: calls, GITHUB_OUTPUT: out, SP_BIN: fake, SP_PATHS: '.', SP_MODEL: '', SP_CONFIG: '', SP_CACHE: 'true',
        SP_MAX_WARNINGS: '-1', SP_SARIF: 'out.sarif', SP_REPORT: 'report.json', LINT_RC: '0', SARIF_RC: '0', GITHUB_RC: '0', ...env,
      },
      encoding: 'utf8',
    });
    const argv = readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]);
    return { status: r.status, argv, output: readFileSync(out, 'utf8'), stderr: r.stderr };
  }

  it('lints once to JSON, passing paths with spaces intact; SARIF and annotations come from that report', () => {
    const r = run({ SP_PATHS: 'media/a b.mp4\nrequests/\n\n', SP_MODEL: 'seedance-2.0-fast-reference-to-video', SP_MAX_WARNINGS: '3' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.argv).toEqual([
      ['lint', 'media/a b.mp4', 'requests/', '--model', 'seedance-2.0-fast-reference-to-video', '--cache', '--cache-strategy', 'content', '--cache-location', '.seedance-preflight-cache', '--format', 'json', '--output-file', 'report.json'],
      ['merge-reports', 'report.json', '--format', 'sarif', '--output-file', 'out.sarif'],
      ['merge-reports', 'report.json', '--format', 'github', '--max-warnings', '3'],
    ]);
    expect(r.output.trim().split('\n')).toEqual([`report-file=${path.join(dir, 'report.json')}`, 'errors=2', 'warnings=1', `sarif-file=${path.join(dir, 'out.sarif')}`]);
  });

  it('a single line of paths is split on spaces; no cache, no SARIF when asked', () => {
    const r = run({ SP_PATHS: 'a.png  b.mp4', SP_CACHE: 'false', SP_SARIF: '' });
    expect(r.argv.map((a) => a.slice(0, 3))).toEqual([['lint', 'a.png', 'b.mp4'], ['merge-reports', 'report.json', '--format']]);
    expect(r.argv[0]).not.toContain('--cache');
    expect(r.output).not.toContain('sarif-file');
  });

  it('findings (lint exit 1) do not stop the step; its exit code is the github run\'s', () => {
    expect(run({ LINT_RC: '1', SARIF_RC: '1', GITHUB_RC: '1' })).toMatchObject({ status: 1 });
    const r = run({ LINT_RC: '1', SARIF_RC: '1', GITHUB_RC: '0' });
    expect(r.status).toBe(0);
    expect(r.argv).toHaveLength(3);
  });

  it('a usage or internal error (exit 2) stops at once', () => {
    const r = run({ LINT_RC: '2' });
    expect(r.status).toBe(2);
    expect(r.argv).toHaveLength(1);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('runs the package bin on media files only', () => {
    expect(hooks).not.toContain('\t');
    const field = (k: string) => new RegExp(`^ {2}${k}: (.*)$`, 'm').exec(hooks)?.[1];
    expect(hooks).toMatch(/^- id: seedance-preflight$/m);
    expect(field('language')).toBe('node');
    expect(field('entry')).toBe('seedance-preflight lint');
    const bin = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).bin;
    expect(Object.keys(bin)).toContain('seedance-preflight');
    const files = new RegExp(field('files')!.replace(/^'|'$/g, '').replace('(?i)', ''), 'i');
    for (const f of ['a.jpg', 'b.JPEG', 'dir/c d.png', 'e.webp', 'f.MP4', 'g.mov', 'h.mp3', 'i.WAV']) expect(files.test(f)).toBe(true);
    for (const f of ['a.json', 'b.txt', 'mp4', 'c.mp4.bak', 'd.gif']) expect(files.test(f)).toBe(false);
  });
});

const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;
describe.skipIf(!hasPyYaml)('both files parse as YAML (PyYAML, where this machine has it)', () => {
  const load = (f: string) =>
    JSON.parse(execFileSync('python3', ['-c', 'import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', f], { encoding: 'utf8' }));

  it('action.yml', () => {
    const a = load(path.join(repo, 'action.yml'));
    expect(a.runs.using).toBe('composite');
    expect(Object.keys(a.inputs)).toEqual(declaredInputs());
    expect(a.runs.steps.find((s: { id?: string }) => s.id === 'lint').run).toBe(`${runBlock(action, 'lint').trimEnd()}\n`);
  });

  it('.pre-commit-hooks.yaml', () => {
    const [hook] = load(path.join(repo, '.pre-commit-hooks.yaml'));
    expect(hook).toMatchObject({ id: 'seedance-preflight', language: 'node', entry: 'seedance-preflight lint' });
  });
});
