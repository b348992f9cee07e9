import { spawn } from 'node:child_process';
import { ffmpegPath } from '../../lib/binaries.js';
import { track } from '../../lib/children.js';
import { assertToolRuns } from '../../lib/tool-check.js';

export interface FfmpegOutput {
  ok: boolean;
  /** Why it failed: its last stderr line, "timeout", or why it could not start. */
  detail: string;
  timedOut: boolean;
}

/**
 * Runs ffmpeg with `args`, killed (SIGKILL) after `timeoutMs`. stdout goes to `onData` when given.
 * Never rejects for anything about the input: the thumbnail of one file must not stop the report. When
 * ffmpeg itself cannot run, rejects with PreflightEnvironmentError (assertToolRuns), once for the run.
 */
export async function ffmpeg(args: string[], timeoutMs: number, onData?: (chunk: Buffer) => void): Promise<FfmpegOutput> {
  let binary: string;
  try {
    binary = ffmpegPath();
  } catch {
    return assertToolRuns('ffmpeg').then(() => ({ ok: false, detail: 'ffmpeg cannot run', timedOut: false }));
  }
  const r = await runOnce(binary, args, timeoutMs, onData);
  if (!r.ok && !r.timedOut) await assertToolRuns('ffmpeg', binary);
  return r;
}

function runOnce(binary: string, args: string[], timeoutMs: number, onData?: (chunk: Buffer) => void): Promise<FfmpegOutput> {
  return new Promise((resolve) => {
    const child = track(spawn(binary, ['-hide_banner', '-nostdin', '-v', 'error', ...args], { stdio: ['ignore', onData ? 'pipe' : 'ignore', 'pipe'] }));
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout?.on('data', (c: Buffer) => onData?.(c));
    child.stderr!.on('data', (c: Buffer) => {
      if (stderr.length < 16_384) stderr += c.toString('utf8');
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: `could not run ffmpeg: ${e.message}`, timedOut: false });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = stderr.trim().split(/\r?\n/).pop()?.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, '') ?? '';
      if (timedOut) resolve({ ok: false, detail: `ffmpeg took longer than ${Math.round(timeoutMs / 1000)} s`, timedOut });
      else resolve({ ok: code === 0, detail: code === 0 ? '' : last || `ffmpeg exited with ${code}`, timedOut });
    });
  });
}

/** Input arguments reading `file` as a local file only (a name like "concat:x" is never a protocol). */
export const fileInput = (file: string, seek?: number) => [
  ...(seek !== undefined ? ['-ss', seek.toFixed(3)] : []),
  '-protocol_whitelist', 'file', '-i', `file:${file}`,
];
