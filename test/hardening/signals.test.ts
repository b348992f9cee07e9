import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { fixtures } from '../helpers/fixtures.js';

const alive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch { return false; }
};

describe('no child process outlives the command', () => {
  it('Ctrl-C (SIGINT) kills a hanging ffprobe and exits 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-sig-'));
    const pidFile = join(dir, 'ffprobe.pid');
    const fake = join(dir, 'ffprobe');
    // A stand-in ffprobe that records its pid and hangs (ignoring SIGTERM), as a stuck decoder would.
    writeFileSync(fake, `#!/bin/sh\necho $$ > ${pidFile}\ntrap '' TERM\nwhile :; do sleep 1; done\n`);
    chmodSync(fake, 0o755);
    const fx = await fixtures();
    cpSync(fx.path('videos/container.mkv'), join(dir, 'clip.mkv'));
    const child = spawn(process.execPath, [BIN, 'lint', join(dir, 'clip.mkv')], {
      env: { ...process.env, SEEDANCE_PREFLIGHT_FFPROBE: fake },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const deadline = Date.now() + 10_000;
    while (!existsSync(pidFile) || !readFileSync(pidFile, 'utf8').trim()) {
      if (Date.now() > deadline) throw new Error('the fake ffprobe never started');
      await new Promise((r) => setTimeout(r, 50));
    }
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    await new Promise((r) => setTimeout(r, 200));
    const state = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, "utf8").match(/State:\s+(\w)/)?.[1] : "gone";
    // A killed orphan may linger as a zombie until init reaps it; it must not be running.
    expect(["gone", "Z"]).toContain(state);
  });
});
