import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin } from '../helpers/cli.js';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';

// The environment's fault is not the file's: a tool that cannot run is one error, exit 2; a closed pipe is quiet.
let fx: Fixtures;
let media: string;
beforeAll(async () => {
  fx = await fixtures();
  media = mkdtempSync(join(tmpdir(), 'sp-env-'));
  // formats the in-process readers leave to ffprobe, and one they read themselves
  for (const f of ['videos/container.webm', 'videos/container.mkv', 'videos/fps-24.mp4']) copyFileSync(fx.path(f), join(media, f.split('/')[1]));
}, 120_000);

const STACK = /\n\s+at .+:\d+:\d+/;

describe('a missing or broken ffprobe', () => {
  const notExecutable = () => {
    const p = join(mkdtempSync(join(tmpdir(), 'sp-env-')), 'ffprobe');
    writeFileSync(p, '#!/bin/sh\nexit 0\n');
    chmodSync(p, 0o644);
    return p;
  };
  const cases: [string, () => string][] = [
    ['/bin/false (runs, fails on everything)', () => '/bin/false'],
    ['/bin/true (runs, prints nothing)', () => '/bin/true'],
    ['a path that does not exist', () => '/nonexistent/ffprobe'],
    ['a file without the execute bit', notExecutable],
  ];
  for (const [name, binary] of cases) {
    it(`${name}: one environment error naming SEEDANCE_PREFLIGHT_FFPROBE, exit 2, no finding`, async () => {
      const ffprobe = binary();
      for (const format of ['pretty', 'json']) {
        const r = await runBin(['lint', media, '--format', format], { env: { SEEDANCE_PREFLIGHT_FFPROBE: ffprobe } });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.match(/ffprobe cannot run/g)).toHaveLength(1);
        expect(r.stderr).toContain(`SEEDANCE_PREFLIGHT_FFPROBE=${ffprobe}`);
        expect(r.stderr).not.toMatch(/file\.corrupt|internal error/);
        expect(r.stderr).not.toMatch(STACK);
      }
    });
  }

  it('a working ffprobe still reports a damaged file as the file\'s fault', async () => {
    const r = await runBin(['lint', fx.path('broken/no-moov.mp4'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).assets[0].problems.map((p: { code: string }) => p.code)).toEqual(['file.corrupt']);
  });

  it('files that need no ffprobe are checked without it', async () => {
    const r = await runBin(['lint', join(media, 'fps-24.mp4'), '--format', 'json'], { env: { SEEDANCE_PREFLIGHT_FFPROBE: '/bin/false' } });
    expect(r.code).toBe(0);
  });
});

describe('a broken ffmpeg', () => {
  it('the HTML report (thumbnails) stops once with an environment error naming SEEDANCE_PREFLIGHT_FFMPEG', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sp-env-')), 'r.html');
    const r = await runBin(['lint', media, '--format', 'html', '--output-file', out], { env: { SEEDANCE_PREFLIGHT_FFMPEG: '/bin/false' } });
    expect(r.code).toBe(2);
    expect(r.stderr.match(/ffmpeg cannot run/g)).toHaveLength(1);
    expect(r.stderr).toContain('SEEDANCE_PREFLIGHT_FFMPEG=/bin/false');
    expect(r.stderr).not.toMatch(STACK);
  });
});

/** Runs the CLI with its stdout pipe closed by the reader before anything is written (as `| head` does). */
function runIntoClosedPipe(argv: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('writing into a closed pipe ends quietly', () => {
  it('profiles | head -1: exit 0, nothing on stderr', async () => {
    const r = await runIntoClosedPipe(['profiles']);
    expect(r).toEqual({ code: 0, stderr: '' });
  });

  it('lint --format json DIR | head -c 10: the normal exit code, nothing on stderr', async () => {
    const r = await runIntoClosedPipe(['lint', '--format', 'json', 'fixtures/sample']);
    expect(r).toEqual({ code: 1, stderr: '' });
  });

  it('help | head: exit 0', async () => {
    expect(await runIntoClosedPipe(['--help'])).toEqual({ code: 0, stderr: '' });
  });
});
