import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runBin } from '../helpers/cli.js';
import type { Report } from '../../src/types.js';

const SAMPLE = 'fixtures/sample';
const codesBySource = (r: Report) => Object.fromEntries(r.assets.map((a) => [a.source.split('/').pop(), a.problems.map((p) => p.code)]));

describe('lint the sample folder', () => {
  it('json: exactly one document on stdout, one finding per bad file, exit 1', async () => {
    const r = await run(['lint', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.ok).toBe(false);
    expect(report.profile).toBe('seedance-2.0-reference-to-video');
    expect(codesBySource(report)).toEqual({
      'clip.mp4': [],
      'good.jpg': [],
      'good.png': [],
      'long.wav': ['audio.duration'],
      'music.mp3': [],
      'notes-really-text.mp4': ['file.unknown_format'],
      'photo-really-png.jpg': ['file.extension_mismatch'],
      'slow.mp4': ['video.fps'],
      'too-small.png': ['image.side'],
      'too-wide.jpg': ['image.aspect_ratio'],
      'truncated.png': ['file.truncated'],
    });
    const slow = report.assets.find((a) => a.source.endsWith('slow.mp4'))!;
    expect(slow.facts).toMatchObject({ format: 'mp4', width: 640, height: 640, fps: { num: 15, den: 1 } });
    expect(slow.problems[0]).toMatchObject({ severity: 'error', actual: 15, limit: 24, source: { url: expect.stringMatching(/^https:\/\/docs\.evolink\.ai\//) } });
    expect(report.requests).toHaveLength(1);
    expect(report.requests[0]).toMatchObject({ ok: true, profile: 'seedance-2.0-reference-to-video' });
    expect(report.requests[0].billing).toMatchObject({ outputSeconds: 5, billableSeconds: 8 });
    expect(r.stderr).toBe('');
  });

  it('json: one line to a pipe or a file (as ESLint), indented at a terminal; the same document', async () => {
    const piped = await run(['lint', SAMPLE, '--format', 'json']);
    expect(piped.stdout.endsWith('\n')).toBe(true);
    expect(piped.stdout.trimEnd().includes('\n')).toBe(false);
    const tty = await run(['lint', SAMPLE, '--format', 'json'], true);
    expect(tty.stdout.startsWith('{\n  "ok": false,\n')).toBe(true);
    expect(JSON.parse(tty.stdout)).toEqual(JSON.parse(piped.stdout));
    const dir = mkdtempSync(join(tmpdir(), 'sp-json-'));
    expect((await run(['lint', SAMPLE, '--format', 'json', '-o', join(dir, 'r.json')], true)).code).toBe(1);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe(piped.stdout);
  });

  it('pretty: grouped by file with the fix and a summary line; no colour when not a TTY', async () => {
    const r = await run(['lint', SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fixtures\/sample\/slow\.mp4 .*\n.*video\.fps\n.*fix:/);
    expect(r.stdout).toMatch(/11 files and 1 request checked: 6 errors, 1 warning in 7 files\n$/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--quiet shows errors only; --max-warnings counts warnings', async () => {
    const q = await run(['lint', SAMPLE, '--quiet']);
    expect(q.stdout).not.toMatch(/extension_mismatch/);
    const dir = mkdtempSync(join(tmpdir(), 'sp-warn-'));
    cpSync(join(SAMPLE, 'photo-really-png.jpg'), join(dir, 'photo-really-png.jpg'));
    expect((await run(['lint', dir])).code).toBe(0);
    expect((await run(['lint', dir, '--max-warnings', '1'])).code).toBe(0);
    const over = await run(['lint', dir, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/1 warning, more than the maximum of 0/);
    // as ESLint: --quiet hides the warning, --max-warnings still counts it
    expect((await run(['lint', dir, '--quiet', '--max-warnings', '0'])).code).toBe(1);
  });

  it('--quiet leaves warnings out of every format, not only pretty', async () => {
    const json = JSON.parse((await run(['lint', SAMPLE, '--quiet', '--format', 'json'])).stdout) as Report;
    const all = JSON.parse((await run(['lint', SAMPLE, '--format', 'json'])).stdout) as Report;
    expect(all.summary.warnings).toBeGreaterThan(0);
    expect(json.assets.flatMap((a) => a.problems).every((p) => p.severity === 'error')).toBe(true);
    expect(json.summary).toEqual({ ...all.summary, warnings: 0, infos: 0 });
    expect(codesBySource(json)['photo-really-png.jpg']).toEqual([]);
    expect(codesBySource(json)['slow.mp4']).toEqual(['video.fps']);
    for (const format of ['sarif', 'junit', 'github']) {
      const r = await run(['lint', SAMPLE, '--quiet', '--format', format]);
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toContain('video.fps');
      expect(r.stdout, format).not.toContain('file.extension_mismatch');
    }
  });
});

describe('a folder mixing good, bad, corrupt, mislabelled and non-media files', () => {
  it('reports each bad file once, ignores non-media, skips hidden and node_modules, survives a symlink loop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-mixed-'));
    for (const f of ['good.jpg', 'clip.mp4', 'truncated.png', 'notes-really-text.mp4', 'photo-really-png.jpg']) cpSync(join(SAMPLE, f), join(dir, f));
    writeFileSync(join(dir, 'README.md'), '# not media\n');
    writeFileSync(join(dir, 'empty.wav'), '');
    mkdirSync(join(dir, '.hidden'));
    cpSync(join(SAMPLE, 'too-small.png'), join(dir, '.hidden', 'x.png'));
    mkdirSync(join(dir, 'node_modules'));
    cpSync(join(SAMPLE, 'too-small.png'), join(dir, 'node_modules', 'x.png'));
    mkdirSync(join(dir, 'sub'));
    cpSync(join(SAMPLE, 'slow.mp4'), join(dir, 'sub', 'slow.mp4'));
    const { symlinkSync } = await import('node:fs');
    symlinkSync('..', join(dir, 'sub', 'loop'));
    const r = await run(['lint', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(codesBySource(report)).toEqual({
      'clip.mp4': [],
      'empty.wav': ['file.empty'],
      'good.jpg': [],
      'notes-really-text.mp4': ['file.unknown_format'],
      'photo-really-png.jpg': ['file.extension_mismatch'],
      'slow.mp4': ['video.fps'],
      'truncated.png': ['file.truncated'],
    });
  });
});

describe('the installed command', () => {
  it('bin runs the built CLI with ESLint-like exit codes', async () => {
    const ok = await runBin(['lint', join(SAMPLE, 'good.jpg'), join(SAMPLE, 'clip.mp4')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/2 files checked .*: no problems/);
    expect((await runBin(['lint', SAMPLE])).code).toBe(1);
    const usage = await runBin(['lint', 'nope/']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/no such file or folder: nope\//);
  });

  it('probe prints facts a person can read, and JSON when asked', async () => {
    const r = await runBin(['probe', join(SAMPLE, 'slow.mp4')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fps\s+15\/1/);
    const j = await runBin(['probe', join(SAMPLE, 'truncated.png'), '--format', 'json']);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)[0].failure.reason).toBe('truncated');
  });
});
