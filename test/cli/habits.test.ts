import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin } from '../helpers/cli.js';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import type { Report } from '../../src/types.js';

// The CLI habits of ESLint and Prettier, through the built CLI in real processes.
let fx: Fixtures;
let media: string;
beforeAll(async () => {
  fx = await fixtures();
  media = mkdtempSync(join(tmpdir(), 'sp-habits-'));
  for (const f of ['images/side-299x300.png', 'images/ok-640x480.jpg', 'broken/png-named.jpg', 'videos/fps-24.mp4']) copyFileSync(fx.path(f), join(media, f.replace('/', '-')));
}, 120_000);

const COMMANDS = ['lint', 'probe', 'profiles', 'merge-reports', 'fix', 'submit', 'status', 'download', 'mcp'];
const ESC = '\u001b';

describe('help', () => {
  it('`help CMD`, `CMD -h` and `CMD --help` print the same usage of every command, exit 0', async () => {
    for (const cmd of COMMANDS) {
      const runs = await Promise.all([['help', cmd], [cmd, '-h'], [cmd, '--help']].map((argv) => runBin(argv)));
      for (const r of runs) {
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: seedance-preflight ${cmd}\\b`));
      }
      expect(new Set(runs.map((r) => r.stdout)).size).toBe(1);
    }
  });

  it('`help` of an unknown command exits 2 with the nearest one', async () => {
    const r = await runBin(['help', 'lnt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/seedance-preflight lint/);
  });
});

describe('short flags -f -o -c -q', () => {
  it('-f json: one JSON document; -q: errors only', async () => {
    const json = await runBin(['lint', media, '-f', 'json']);
    expect(json.code).toBe(1);
    const codes = (JSON.parse(json.stdout) as Report).assets.flatMap((a) => a.problems.map((p) => `${p.severity} ${p.code}`));
    expect(codes.sort()).toEqual(['error image.side', 'warning file.extension_mismatch']);
    const quiet = await runBin(['lint', media, '-q']);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('image.side');
    expect(quiet.stdout).not.toContain('file.extension_mismatch');
  });

  it('-c names the config file (here: turning the one error off)', async () => {
    const cfg = join(mkdtempSync(join(tmpdir(), 'sp-habits-')), 'strict.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'image.side': 'off' } }));
    const r = await runBin(['lint', media, '-c', cfg, '-f', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).ok).toBe(true);
  });

  it('-o writes the report to the file and prints one summary line', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sp-habits-')), 'r', 'report.sarif');
    const r = await runBin(['lint', media, '-f', 'sarif', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([expect.stringContaining(`report in ${out}`), '']);
    expect(r.stdout).toMatch(/^✖ 4 files checked .*: 1 error, 1 warning in 2 files; report in /);
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].results).toHaveLength(2);
  });
});

describe('a run that finds no files', () => {
  const empty = () => mkdtempSync(join(tmpdir(), 'sp-habits-empty-'));

  it('an empty folder, or one with no media, exits 2 with "no files found"', async () => {
    const notes = empty();
    writeFileSync(join(notes, 'README.txt'), 'not media');
    for (const dir of [empty(), notes]) {
      const r = await runBin(['lint', dir, '-f', 'json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/no files found/);
      expect(r.stderr).toMatch(/--no-error-on-unmatched-pattern/);
    }
  });

  it('--no-error-on-unmatched-pattern: an empty run, or a path that is not there, exits 0', async () => {
    for (const argv of [[empty()], [join(empty(), 'nothing-here')], [empty(), join(media, 'images-ok-640x480.jpg'), '/no/such/file.png']]) {
      const r = await runBin(['lint', ...argv, '--no-error-on-unmatched-pattern', '-f', 'json']);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Report).ok).toBe(true);
    }
  });

  it('a shard that happens to get no files is not an error', async () => {
    const one = empty();
    copyFileSync(fx.path('images/ok-640x480.jpg'), join(one, 'a.jpg'));
    const codes = await Promise.all(['1/2', '2/2'].map(async (s) => (await runBin(['lint', one, '--shard', s, '-f', 'json'])).code));
    expect(codes).toEqual([0, 0]);
  });
});

describe('--cache', () => {
  it('keeps one .seedance-preflight-cache file in the working folder; creates no node_modules/', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sp-habits-cwd-'));
    copyFileSync(fx.path('videos/fps-24.mp4'), join(cwd, 'clip.mp4'));
    const r = await runBin(['lint', '.', '--cache', '-f', 'html', '-o', 'report.html'], { cwd });
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, '.seedance-preflight-cache'))).toBe(true);
    expect(existsSync(join(cwd, '.seedance-preflight-cache.thumbs'))).toBe(true);
    expect(existsSync(join(cwd, 'node_modules'))).toBe(false);
    expect(readFileSync(join(cwd, '.seedance-preflight-cache'), 'utf8')).toContain('clip.mp4');
  });

  it('--cache-location still puts it where it says', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sp-habits-cwd-'));
    copyFileSync(fx.path('videos/fps-24.mp4'), join(cwd, 'clip.mp4'));
    mkdirSync(join(cwd, 'cache'));
    const r = await runBin(['lint', '.', '--cache-location', 'cache/'], { cwd });
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, 'cache', 'lint-cache.json'))).toBe(true);
    expect(existsSync(join(cwd, '.seedance-preflight-cache'))).toBe(false);
  });
});

/** Runs the CLI on a pseudo-terminal (util-linux `script`), as at a terminal; stdout and stderr together. */
function runTty(argv: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; out: string }> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = [process.execPath, BIN, ...argv].map(quote).join(' ');
  const base = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'TERM']) delete base[k];
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', `stty cols 200; ${cmd}`, '/dev/null'], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** The counters a progress line showed, e.g. ['checked 1/4', ..., 'checked 4/4']. */
const counters = (out: string, label: string) => [...out.matchAll(new RegExp(`${label} (\\d+)/(\\d+)`, 'g'))].map((m) => [Number(m[1]), Number(m[2])]);

describe('at a terminal', () => {
  it('progress counts n/N through the checks and then through the HTML thumbnails, ending at N/N', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sp-habits-')), 'r.html');
    const r = await runTty(['lint', media, '-f', 'html', '-o', out], { TERM: 'xterm' });
    expect(r.code).toBe(1);
    const checked = counters(r.out, 'checked');
    const thumbs = counters(r.out, 'thumbnails');
    expect(checked.at(-1)).toEqual([4, 4]);
    expect(thumbs.at(-1)).toEqual([4, 4]);
    expect(r.out.indexOf('thumbnails')).toBeGreaterThan(r.out.lastIndexOf('checked 4/4'));
  });

  it('TERM=dumb: no escape codes at all, the progress still moves (carriage returns)', async () => {
    const r = await runTty(['lint', media], { TERM: 'dumb' });
    expect(r.code).toBe(1);
    expect(r.out).not.toContain(ESC);
    expect(counters(r.out, 'checked').at(-1)).toEqual([4, 4]);
    expect(r.out).toMatch(/✖ 4 files checked/);
  });

  it('TERM=dumb: fix shows its n/N progress without escape codes too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-habits-fix-'));
    copyFileSync(fx.path('videos/fps-61.mp4'), join(dir, 'fast.mp4'));
    const r = await runTty(['fix', dir, '--out', join(dir, 'out')], { TERM: 'dumb' });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1\/1 done/);
    expect(r.out).not.toContain(ESC);
  }, 120_000);

  it('colour: on at a terminal; an empty NO_COLOR is ignored, a non-empty one turns it off', async () => {
    const red = `${ESC}[31m`;
    expect((await runTty(['lint', media], { TERM: 'xterm' })).out).toContain(red);
    expect((await runTty(['lint', media], { TERM: 'xterm', NO_COLOR: '' })).out).toContain(red);
    expect((await runTty(['lint', media], { TERM: 'xterm', NO_COLOR: '1' })).out).not.toContain(red);
  });
});
