import { cp, copyFile, readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import type { FixReport } from '../../src/fixer/types.js';
import type { Report } from '../../src/types.js';
import { snapshot, tempDir } from './helpers.js';

const FAST = ['--preset', 'ultrafast', '--concurrency', '2'];
const byName = (xs: { source: string }[]) => xs.map((x) => x.source.split('/').pop()).sort();

let fx: Fixtures;
beforeAll(async () => {
  fx = await fixtures();
});

describe('seedance-preflight fix on the sample folder', () => {
  it('json lists fixed, unchanged and unfixable; exit 1 for the unfixable; every output then lints clean', async () => {
    const out = join(await tempDir('sample'), 'fixed');
    const r = await run(['fix', 'fixtures/sample', '--out', out, '--format', 'json', ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as FixReport;
    expect(byName(report.fixed)).toEqual(['long.wav', 'slow.mp4', 'too-small.png', 'too-wide.jpg']);
    expect(byName(report.unchanged)).toEqual(['clip.mp4', 'good.jpg', 'good.png', 'music.mp3', 'photo-really-png.jpg', 'request.json']);
    expect(report.unfixable.map((u) => [u.source.split('/').pop(), u.code])).toEqual([
      ['notes-really-text.mp4', 'file.unknown_format'],
      ['truncated.png', 'file.truncated'],
    ]);
    for (const u of report.unfixable) expect(u.reason.length).toBeGreaterThan(20);
    expect(report.failed).toEqual([]);
    for (const f of report.fixed) expect(f.actions.every((a) => a.code && a.text)).toBe(true);

    expect((await readdir(out)).sort()).toEqual(['long.wav', 'slow.mp4', 'too-small.png', 'too-wide.jpg']);
    const lint = await run(['lint', out, '--format', 'json']);
    const lr = JSON.parse(lint.stdout) as Report;
    expect(lr.assets.flatMap((a) => a.problems.map((p) => p.code))).toEqual([]);
    expect(lint.code).toBe(0);
  });

  it('pretty: one block per file and a summary; progress on stderr only for a TTY', async () => {
    const out = join(await tempDir('pretty'), 'fixed');
    const plain = await run(['fix', 'fixtures/sample/slow.mp4', '--out', out, ...FAST]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^fixed +fixtures\/sample\/slow\.mp4 → .*slow\.mp4$/m);
    expect(plain.stdout).toMatch(/retime 15 fps to 24 fps \(duration kept\) +video\.fps/);
    expect(plain.stdout).toMatch(/1 fixed, 0 unchanged, 0 unfixable, 0 failed/);
    expect(plain.stderr).toBe('');
    const tty = await run(['fix', 'fixtures/sample/too-small.png', '--out', out, '--no-color', ...FAST], true);
    expect(tty.stderr).toMatch(/fixing 1\/1 fixtures\/sample\/too-small\.png/);
    expect(tty.stderr).toMatch(/1\/1 done +fixtures\/sample\/too-small\.png\n/);
    expect(tty.code).toBe(0);
  });
});

describe('unfixable inputs', () => {
  it('audio-only mp4, a truncated mp4 and text named .png are listed with their reason; exit 1; nothing written', async () => {
    const out = join(await tempDir('unfix'), 'fixed');
    const names = ['videos/audio-only.mp4', 'broken/truncated-moov-end.mp4', 'broken/text.png'];
    const r = await run(['fix', ...names.map((n) => fx.path(n)), '--out', out, '--format', 'json', ...FAST]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as FixReport;
    expect(report.unfixable.map((u) => [u.source.split('/').pop(), u.code])).toEqual([
      ['audio-only.mp4', 'video.no_video_stream'],
      ['truncated-moov-end.mp4', 'file.truncated'],
      ['text.png', 'file.unknown_format'],
    ]);
    expect(report.unfixable[0].reason).toMatch(/no video stream/);
    expect(report.fixed).toEqual([]);
    expect(await readdir(out)).toEqual([]);
  });
});

describe('dry run and inputs', () => {
  it('--dry-run prints the plan and changes nothing: same input hashes, no out folder', async () => {
    const root = await tempDir('dry');
    await cp('fixtures/sample', join(root, 'in'), { recursive: true });
    const before = await snapshot(root);
    const r = await run(['fix', join(root, 'in'), '--out', join(root, 'out'), '--dry-run', '--format', 'json', ...FAST]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as FixReport;
    expect(report.dryRun).toBe(true);
    expect(byName(report.fixed)).toEqual(['long.wav', 'slow.mp4', 'too-small.png', 'too-wide.jpg']);
    expect(report.fixed.find((f) => f.source.endsWith('slow.mp4'))!.actions.map((a) => a.type)).toEqual(['retime']);
    expect(await snapshot(root)).toEqual(before);
    const pretty = await run(['fix', join(root, 'in'), '--out', join(root, 'out'), '--dry-run', ...FAST]);
    expect(pretty.stdout).toMatch(/^would fix/m);
    expect(pretty.stdout).toMatch(/dry run: nothing written/);
    expect(await snapshot(root)).toEqual(before);
    expect(await readdir(root)).toEqual(['in']);
  });

  it('--out naming the input\'s own folder: refused (exit 2) when an output would replace an input; other names are fine', async () => {
    const dir = await tempDir('same');
    await copyFile('fixtures/sample/too-small.png', join(dir, 'too-small.png'));
    await copyFile(fx.path('images/format-300x300.gif'), join(dir, 'still.gif'));
    const before = await snapshot(dir);
    const refused = await run(['fix', join(dir, 'too-small.png'), '--out', dir, ...FAST]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/would overwrite the input .*too-small\.png/);
    expect(refused.stderr).toMatch(/--out fixed\//);
    expect(await snapshot(dir)).toEqual(before);
    // gif -> png gets a new name beside it: allowed, and the gif stays as it was
    const ok = await run(['fix', join(dir, 'still.gif'), '--out', dir, ...FAST]);
    expect(ok.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['still.gif', 'still.png', 'too-small.png']);
    expect((await snapshot(dir)).filter((l) => !l.includes('still.png'))).toEqual(before);
  });

  it('an output name that is a symlink to the input is refused too', async () => {
    const root = await tempDir('link');
    await copyFile('fixtures/sample/too-small.png', join(root, 'too-small.png'));
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(root, 'out'));
    await symlink(join(root, 'too-small.png'), join(root, 'out', 'too-small.png'));
    const before = await readFile(join(root, 'too-small.png'));
    const r = await run(['fix', join(root, 'too-small.png'), '--out', join(root, 'out'), ...FAST]);
    expect(r.code).toBe(2);
    expect(await readFile(join(root, 'too-small.png'))).toEqual(before);
  });
});

describe('output names', () => {
  it('folders keep their layout, a second input of the same name gets -2, and outputs inside an input folder are not inputs next time', async () => {
    const root = await tempDir('layout');
    const { mkdir } = await import('node:fs/promises');
    for (const d of ['in/sub', 'a', 'b']) await mkdir(join(root, d), { recursive: true });
    await copyFile('fixtures/sample/too-small.png', join(root, 'in/sub/too-small.png'));
    await copyFile(fx.path('images/format-300x300.gif'), join(root, 'in/still.gif'));
    await copyFile('fixtures/sample/too-small.png', join(root, 'a/small.png'));
    await copyFile('fixtures/sample/too-wide.jpg', join(root, 'b/small.jpg'));
    const out = join(root, 'in/fixed');
    const r = await run(['fix', join(root, 'in'), join(root, 'a/small.png'), join(root, 'b/small.jpg'), '--out', out, '--format', 'json', ...FAST]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as FixReport;
    expect(report.fixed.map((f) => f.output.slice(out.length + 1)).sort()).toEqual(['small.jpg', 'small.png', 'still.png', 'sub/too-small.png']);
    // same base name and same output extension: the later one is renamed
    await copyFile(fx.path('images/format-300x300.bmp'), join(root, 'b/small.bmp'));
    const clash = JSON.parse((await run(['fix', join(root, 'a/small.png'), join(root, 'b/small.bmp'), '--out', join(root, 'clash'), '--format', 'json', ...FAST])).stdout) as FixReport;
    expect(clash.fixed.map((f) => f.output.split('/').pop())).toEqual(['small.png', 'small-2.png']);
    const again = JSON.parse((await run(['fix', join(root, 'in'), '--out', out, '--format', 'json', ...FAST])).stdout) as FixReport;
    expect([...again.fixed, ...again.unchanged].map((f) => f.source).filter((s) => s.includes('/fixed/'))).toEqual([]);
  });
});

describe('usage', () => {
  it('missing --out, no paths, a bad strategy: exit 2 with what to type', async () => {
    const noOut = await run(['fix', 'fixtures/sample']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/fix needs --out DIR/);
    expect(noOut.stderr).toMatch(/e\.g\. seedance-preflight fix fixtures\/sample --out fixed\//);
    const none = await run(['fix', '--out', 'x']);
    expect(none.code).toBe(2);
    const bad = await run(['fix', 'fixtures/sample', '--out', 'x', '--trim-strategy', 'proportionl']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean --trim-strategy proportional/);
    const missing = await run(['fix', 'no/such/file.mp4', '--out', 'x']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder/);
  });

  it('--help prints the options', async () => {
    const r = await run(['fix', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--trim-strategy/);
    expect(r.stdout).toMatch(/--print-commands/);
    expect(r.stdout).toMatch(/--verbose/);
    expect((await run(['--help'])).stdout).toMatch(/seedance-preflight fix/);
  });
});
