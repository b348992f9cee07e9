import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type FfmpegType from 'fluent-ffmpeg';
import type { ChildProcess } from 'node:child_process';
import { track } from '../lib/children.js';
import { FfmpegSelectError, selectFfmpeg } from './select.js';

/**
 * The one adapter around fluent-ffmpeg: the only file that imports it, so the library can be
 * swapped here alone. Jobs are plain data (file in, file out, filters and options).
 */

const require = createRequire(import.meta.url);

export interface FfmpegJob {
  input: string;
  output: string;
  inputOptions?: string[];
  /** Joined into one -vf chain, in order. */
  videoFilters?: string[];
  /** Joined into one -af chain, in order. */
  audioFilters?: string[];
  /** Codecs, -t, -movflags, -f ...: passed as given. */
  outputOptions?: string[];
}

export interface FfmpegRunOptions {
  /** The binary (default: selectFfmpeg(), the newest found). */
  binary?: string;
  /** Seconds of output written so far, from ffmpeg's own `time=` stat lines. */
  onTime?: (sec: number) => void;
  /** The job is killed (SIGKILL) when it runs longer than this. Default 10 minutes. */
  timeoutMs?: number;
  /** How many stderr lines an error keeps. */
  tailLines?: number;
}

export type FfmpegFailure = 'error' | 'timeout' | 'spawn';

/** ffmpeg failed: `tail` holds its last stderr lines, which say why. */
export class FfmpegError extends Error {
  constructor(message: string, readonly kind: FfmpegFailure, readonly tail: string[]) {
    super(message);
    this.name = 'FfmpegError';
  }
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** Paths always as files ("concat:x" or "a:b.mp4" are names, never protocols). */
const asFile = (p: string) => `file:${resolve(p)}`;

/** fluent-ffmpeg's command for a job: built in one place, so what is printed is what runs. */
function build(job: FfmpegJob, binary: string): FfmpegType.FfmpegCommand {
  const ffmpeg = require('fluent-ffmpeg') as typeof FfmpegType;
  const cmd = ffmpeg({ stdoutLines: 0 }).setFfmpegPath(binary);
  cmd
    .input(asFile(job.input))
    .inputOptions(['-nostdin', ...(job.inputOptions ?? []), '-protocol_whitelist', 'file'])
    .output(asFile(job.output))
    .outputOptions(['-y', ...(job.outputOptions ?? [])]);
  if (job.videoFilters?.length) cmd.videoFilters(job.videoFilters.join(','));
  if (job.audioFilters?.length) cmd.audioFilters(job.audioFilters.join(','));
  return cmd;
}

/**
 * The exact argv a job runs (binary first), as fluent-ffmpeg spawns it. `_getArguments` is
 * fluent-ffmpeg's own builder; 2.1.3 is its last release, so the method does not move.
 */
export function commandLine(job: FfmpegJob, binary: string): string[] {
  const cmd = build(job, binary) as unknown as { _getArguments(): string[] };
  return [binary, ...cmd._getArguments()];
}

/** `time=00:01:02.50` in ffmpeg's stat line, in seconds. */
const TIME = /time=\s*(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/;

/** Runs one job to completion. Rejects with FfmpegError (never anything else). */
export function runFfmpeg(job: FfmpegJob, opts: FfmpegRunOptions = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tailLines = opts.tailLines ?? 6;
  let binary: string;
  try {
    binary = opts.binary ?? selectFfmpeg().path;
  } catch (e) {
    const hint = e instanceof FfmpegSelectError ? `: ${e.hint}` : '';
    return Promise.reject(new FfmpegError(`${(e as Error).message}${hint}`, 'spawn', []));
  }

  return new Promise((done, fail) => {
    const cmd = build(job, binary);
    let settled = false;
    // fluent's own timeout sends SIGTERM, which ffmpeg may ignore while blocked: ours kills outright
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      cmd.kill('SIGKILL');
      fail(new FfmpegError(`ffmpeg took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`, 'timeout', []));
    }, timeoutMs);
    cmd.on('error', (err: Error, _stdout: string | null, stderr: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const tail = lastLines(stderr ?? '', tailLines);
      const spawn = /spawn|ENOENT|EACCES/.test(err.message) && !stderr;
      const why = tail.length ? tail[tail.length - 1] : err.message;
      fail(new FfmpegError(`ffmpeg failed: ${why}`, spawn ? 'spawn' : 'error', tail.length ? tail : [err.message]));
    });
    // fluent-ffmpeg keeps its child on `ffmpegProc`: tracked so Ctrl-C never leaves an encoder running
    cmd.on('start', () => {
      const child = (cmd as unknown as { ffmpegProc?: ChildProcess }).ffmpegProc;
      if (child) track(child);
    });
    // not fluent's 'progress' event: that one runs ffprobe on the input first to learn the duration
    if (opts.onTime) {
      const onTime = opts.onTime;
      cmd.on('stderr', (line: string) => {
        const m = TIME.exec(line);
        if (m && !m[1]) onTime(Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]));
      });
    }
    cmd.on('end', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    });
    cmd.run();
  });
}

/** The last non-empty stderr lines, without ffmpeg's "[muxer @ 0x...]" prefixes. */
export function lastLines(stderr: string, n: number): string[] {
  return stderr
    .split(/\r?\n/)
    .map((l) => l.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, '').trim())
    .filter(Boolean)
    .slice(-n);
}
