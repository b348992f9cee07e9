import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, run } from '../helpers/cli.js';
import { SAMPLE } from '../helpers/fake-provider.js';

/** The built CLI with a hard stop: a run still going after `ms` is killed and reported as hung. */
function within(argv: string[], ms = 15_000, cwd?: string): Promise<{ code: number | null; hung: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let hung = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => ((hung = true), child.kill('SIGKILL')), ms);
    child.on('close', (code) => (clearTimeout(timer), resolve({ code, hung, stdout, stderr })));
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-special-'));
  mkdirSync(join(dir, 'media'));
  copyFileSync(join(SAMPLE, 'good.jpg'), join(dir, 'media', 'good.jpg'));
  execFileSync('mkfifo', [join(dir, 'media', 'request.json')]);
  execFileSync('mkfifo', [join(dir, 'report.json')]);
  symlinkSync('/dev/stdin', join(dir, 'stdin.json'));
  symlinkSync('/dev/zero', join(dir, 'zero.json'));
});

describe('manifests and reports are opened like media: regular files only, non-blocking, capped', () => {
  it('lint of a folder holding a FIFO named request.json ends', async () => {
    const r = await within(['lint', join(dir, 'media'), '--format', 'json']);
    expect(r.hung).toBe(false);
    expect(r.code).toBe(0);
  });

  it('a FIFO, /dev/stdin and /dev/zero given as manifests: file.not_regular each, no crash', async () => {
    const r = await within(['lint', join(dir, 'media', 'request.json'), join(dir, 'stdin.json'), join(dir, 'zero.json'), '--format', 'json']);
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout) as { requests: { source: string; problems: { code: string }[] }[] };
    expect(rep.requests.map((q) => q.problems.map((p) => p.code))).toEqual([['file.not_regular'], ['file.not_regular'], ['file.not_regular']]);
  });

  it('fix of a folder holding a FIFO named request.json ends', async () => {
    const r = await within(['fix', join(dir, 'media'), '--out', join(dir, 'fixed')]);
    expect(r.hung).toBe(false);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('merge-reports on a FIFO or /dev/zero: a usage error (exit 2) at once, no growth', async () => {
    for (const f of ['report.json', 'zero.json']) {
      const r = await within(['merge-reports', join(dir, f)]);
      expect(r.hung).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not a regular file/);
    }
  });

  it('a 250 MB manifest is refused by its size without being read', async () => {
    const big = join(dir, 'huge.json');
    writeFileSync(big, '');
    truncateSync(big, 250 * 1024 * 1024); // sparse: costs no disk, and would cost 1 GB to parse
    const before = process.memoryUsage().rss;
    const r = await run(['lint', big, '--format', 'json']);
    const grown = process.memoryUsage().rss - before;
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout) as { requests: { problems: { code: string }[] }[] };
    expect(rep.requests[0].problems.map((p) => p.code)).toEqual(['request.body_bytes']);
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });
});
