import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/fixtures.js';

/**
 * Two real users on one machine. The package is installed read-only (root's, ffprobe without its execute
 * bit, as npm leaves it when it skips the postinstall). The victim (uid 65534) runs the CLI; the attacker
 * (uid 65533) has planted a same-size ffprobe that leaves a marker in the old fixed location and in the
 * per-user temp folder it could create first. Neither may run. Needs root to act as two users.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VICTIM = 65534;
const ATTACKER = 65533;
const asRoot = process.getuid?.() === 0;

let base: string;
let pkg: string;
let sharedTmp: string;
let marker: string;
let clip: string;
let ffprobeSize: number;
let ffprobeSha: string;

beforeAll(async () => {
  if (!asRoot) return;
  base = mkdtempSync(join(tmpdir(), 'sp-users-'));
  chmodSync(base, 0o755);
  // the install: bin, dist, package.json; node_modules links to this checkout's, except a real ffprobe package
  pkg = join(base, 'pkg');
  mkdirSync(join(pkg, 'node_modules', '@ffprobe-installer'), { recursive: true });
  for (const p of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, p), join(pkg, p), { recursive: true, preserveTimestamps: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '@ffprobe-installer' && name !== '.bin') symlinkSync(join(ROOT, 'node_modules', name), join(pkg, 'node_modules', name));
  }
  for (const name of readdirSync(join(ROOT, 'node_modules', '@ffprobe-installer'))) {
    cpSync(join(ROOT, 'node_modules', '@ffprobe-installer', name), join(pkg, 'node_modules', '@ffprobe-installer', name), { recursive: true });
  }
  const ffprobe = createRequire(join(pkg, 'package.json'))('@ffprobe-installer/ffprobe').path as string;
  expect(ffprobe.startsWith(pkg)).toBe(true);
  chmodSync(ffprobe, 0o644);
  ffprobeSize = statSync(ffprobe).size;
  ffprobeSha = createHash('sha256').update(readFileSync(ffprobe)).digest('hex');

  // a world-writable temp dir (TMPDIR for both users), as /tmp is
  sharedTmp = join(base, 'tmp');
  mkdirSync(sharedTmp);
  chmodSync(sharedTmp, 0o1777);
  marker = join(sharedTmp, 'PWNED');
  const fx = await fixtures();
  clip = join(base, 'clip.webm');
  copyFileSync(fx.path('videos/container.webm'), clip);
  chmodSync(clip, 0o644);

  // the attacker's same-size impostors: the old fixed location, and the per-user temp folder made first
  const impostor = Buffer.alloc(ffprobeSize, 0x23);
  impostor.write(`#!/bin/sh\ntouch ${marker}\nexit 0\n`);
  const plant = (dir: string, name: string) => {
    mkdirSync(dir, { recursive: true, mode: 0o777 });
    chmodSync(dir, 0o777);
    writeFileSync(join(dir, name), impostor, { mode: 0o755 });
    chownSync(join(dir, name), ATTACKER, ATTACKER);
    chownSync(dir, ATTACKER, ATTACKER);
  };
  plant(join(sharedTmp, 'seedance-preflight-bin'), 'ffprobe');
  plant(join(sharedTmp, `seedance-preflight-${VICTIM}`), `${ffprobeSha.slice(0, 16)}-ffprobe`);
}, 180_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

function runAs(uid: number, argv: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(pkg, 'bin', 'seedance-preflight.js'), ...argv], {
      uid,
      gid: uid,
      cwd: base,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TMPDIR: sharedTmp, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!asRoot)('the ffprobe copy cannot be hijacked by another local user', () => {
  it('with a home folder: the copy goes to ~/.cache, private and equal to the original; no impostor runs', async () => {
    const home = join(base, 'victim-home');
    mkdirSync(home, { mode: 0o700 });
    chownSync(home, VICTIM, VICTIM);
    const r = await runAs(VICTIM, ['lint', clip, '--format', 'json'], { HOME: home });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).assets[0].problems.map((p: { code: string }) => p.code)).toEqual(['video.format']);
    const bin = join(home, '.cache', 'seedance-preflight', 'bin');
    expect(statSync(bin).mode & 0o777).toBe(0o700);
    expect(statSync(bin).uid).toBe(VICTIM);
    const copies = readdirSync(bin);
    expect(copies).toEqual([`${ffprobeSha.slice(0, 16)}-ffprobe`]);
    expect(createHash('sha256').update(readFileSync(join(bin, copies[0]))).digest('hex')).toBe(ffprobeSha);
    expect(existsSync(marker)).toBe(false);
  }, 60_000);

  it('without a usable home: the temp folder the attacker made is refused; exit 2 with the chmod to run; no impostor runs', async () => {
    const r = await runAs(VICTIM, ['lint', clip], { HOME: '/nonexistent' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ffprobe cannot run/);
    expect(r.stderr).toMatch(/belongs to another user/);
    expect(r.stderr).toMatch(/chmod 755 ".*ffprobe"/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(marker)).toBe(false);
  }, 60_000);
});

