import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFfmpegPath } from '../../src/lib/binaries.js';
import { BIN } from '../helpers/cli.js';
import { EACH_FFMPEG } from '../fixer/ffmpegs.js';

/** [pid, command name] of the live processes whose parent is `ppid` (from /proc; a zombie counts as gone). */
function childrenOf(ppid: number): [number, string][] {
  const out: [number, string][] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = alive(Number(d));
    if (s && s.ppid === ppid) out.push([Number(d), s.comm]);
  }
  return out;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): { ppid: number; comm: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const [state, ppid] = stat.slice(close + 2).split(' ');
    return state === 'Z' || state === 'X' ? null : { ppid: Number(ppid), comm: stat.slice(stat.indexOf('(') + 1, close) };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Some builds die of SIGPIPE at their next stat line once the parent is gone; others (Debian's 5.1) ignore
// SIGPIPE and encode on: each is run.
describe.runIf(process.platform === 'linux').each(EACH_FFMPEG)('kill -9 of fix with %s', (_title, ffmpeg) => {
  it('leaves no ffmpeg running: the encoder dies with its parent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-orphans-'));
    const input = join(dir, 'uhd.mp4');
    // 4K frames (over the 1080p pixel cap): cheap to make as flat colour, seconds of work to scale and re-encode
    const made = spawnSync(bundledFfmpegPath(), ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=gray:size=3840x2160:rate=24', '-t', '5', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', input]);
    expect(made.status).toBe(0);
    const out = join(dir, 'out');
    const fix = spawn(process.execPath, [BIN, 'fix', input, '--out', out], { stdio: 'ignore', env: { ...process.env, SEEDANCE_PREFLIGHT_FFMPEG: ffmpeg } });
    let encoders: number[] = [];
    for (let t = 0; t < 300 && encoders.length === 0 && fix.exitCode === null; t++) {
      await sleep(100);
      // the encode itself (not a version check): its command line names the output folder
      encoders = childrenOf(fix.pid!).filter(([pid, comm]) => comm === 'ffmpeg' && cmdline(pid).includes(out)).map(([pid]) => pid);
    }
    expect(encoders.length).toBeGreaterThan(0);
    fix.kill('SIGKILL');
    let left = encoders;
    for (let t = 0; t < 30 && left.length; t++) {
      await sleep(100);
      left = encoders.filter((pid) => alive(pid)?.comm === 'ffmpeg');
    }
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left).toEqual([]);
  }, 60_000);
});
