// action.yml's shell steps, run locally with a fake GitHub environment on real media, the tool installed
// from this repository's packed tarball (the `version` input takes any npm spec).
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pack, ROOT } from '../package/consumer.js';
import { runAction, type ActionRun } from './run-action.js';

const SAMPLE = join(ROOT, 'fixtures/sample');
let temp: string;
let tarball: string;

/** A workspace holding these sample files; every call of the tool is logged, to count the lints. */
function run(files: string[], inputs: Record<string, string> = {}, stopAfter?: string): ActionRun & { calls: string[] } {
  const ws = mkdtempSync(join(temp, 'ws-'));
  mkdirSync(join(ws, 'media'));
  for (const f of files) copyFileSync(join(SAMPLE, f), join(ws, 'media', f));
  const log = join(ws, '..', `${ws.split('/').pop()}.calls`);
  writeFileSync(log, '');
  const result = runAction(ROOT, {
    workspace: ws,
    runnerTemp: temp,
    inputs: { paths: 'media', version: `file:${tarball}`, ...inputs },
    stopAfter,
    afterStep: (id, outputs) => {
      if (id !== 'install') return;
      const wrapper = join(ws, '..', `${ws.split('/').pop()}.sh`);
      writeFileSync(wrapper, `#!/bin/sh\necho "$1" >> '${log}'\nexec ${outputs.bin} "$@"\n`);
      chmodSync(wrapper, 0o755);
      outputs.bin = wrapper;
    },
  });
  return { ...result, calls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const step = (r: ActionRun, id: string) => r.steps.find((s) => s.id === id)!;
const uses = (r: ActionRun, name: string) => r.steps.filter((s) => s.uses?.startsWith(name));

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'sp-action-'));
  tarball = await pack(temp);
}, 120_000);

describe('the GitHub Action', () => {
  it('lints once; annotations, job summary, SARIF and outputs come from that one JSON report', { timeout: 300_000 }, () => {
    const r = run(['good.jpg', 'too-small.png', 'photo-really-png.jpg'], { 'upload-sarif': 'true' });
    expect(step(r, 'install').code, step(r, 'install').stderr).toBe(0);
    expect(r.calls.filter((c) => c === 'lint')).toHaveLength(1);
    const lint = step(r, 'lint');
    expect(lint.code).toBe(1);
    expect(r.outputs.errors).toBe('1');
    expect(r.outputs.warnings).toBe('1');
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    expect(report.summary).toMatchObject({ errors: 1, warnings: 1, assets: 3 });
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['file.extension_mismatch', 'image.side']);
    expect(lint.stdout).toMatch(/^::error file=media\/too-small\.png/m);
    expect(lint.stdout).toMatch(/^::warning file=media\/photo-really-png\.jpg/m);
    expect(r.summary).toContain('too-small.png');
    // the upload still runs when the lint failed (when asked), with the SARIF just written
    const [upload] = uses(r, 'github/codeql-action/upload-sarif');
    expect(upload.due).toBe(true);
    expect(upload.with?.sarif_file).toBe(r.outputs['sarif-file']);
  });

  it('keeps a Node 20.19+ already on PATH, installs the current LTS only when there is none or when asked', { timeout: 300_000 }, () => {
    const r = run(['good.jpg']);
    expect(uses(r, 'actions/setup-node')[0].due).toBe(false);
    const asked = run(['good.jpg'], { 'node-version': '22' });
    expect(uses(asked, 'actions/setup-node')[0]).toMatchObject({ due: true, with: { 'node-version': '22' } });
    // no upload unless asked
    expect(uses(r, 'github/codeql-action/upload-sarif')[0].due).toBe(false);
    // the tool is pinned to this action's own version unless `version` says otherwise
    const pinned = run([], { version: '' }, 'resolve');
    expect(step(pinned, 'resolve').outputs.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(step(r, 'resolve').outputs.version).toBe(`file:${tarball}`);
    expect(r.outputs.errors).toBe('0');
    expect(step(r, 'lint').code).toBe(0);
    // the npm download is cached under a key naming the version
    expect(uses(r, 'actions/cache')[0]).toMatchObject({ due: true, with: { key: expect.stringContaining(`file:${tarball}`) } });
  });

  it('fails on warnings past max-warnings, and writes no SARIF when sarif-file is empty', { timeout: 300_000 }, () => {
    const r = run(['photo-really-png.jpg'], { 'max-warnings': '0', 'sarif-file': '' });
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '1', 'sarif-file': '' });
    expect(step(r, 'lint').code).toBe(1);
    expect(existsSync(r.outputs['report-file'])).toBe(true);
  });

  it('stops with exit 2 on a usage mistake, before any report', { timeout: 300_000 }, () => {
    const r = run(['good.jpg'], { paths: 'no-such-folder' });
    expect(step(r, 'lint').code).toBe(2);
    expect(r.outputs['report-file']).toBe('');
  });
});
