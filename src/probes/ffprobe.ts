import { spawn } from 'node:child_process';
import { track } from '../lib/children.js';
import { ffprobePath } from '../lib/binaries.js';

export interface FfprobeStream {
  index?: number;
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  nb_frames?: string;
  /** Only with countPackets: packets the demuxer actually read. */
  nb_read_packets?: string;
  duration?: string;
  sample_rate?: string;
  channels?: number;
  disposition?: { attached_pic?: number };
  side_data_list?: { rotation?: number }[];
  tags?: { rotate?: string };
}

export interface FfprobeJson {
  streams?: FfprobeStream[];
  format?: { format_name?: string; duration?: string; size?: string };
}

export type FfprobeResult =
  | { ok: true; json: FfprobeJson; stderr: string }
  /** error: ffprobe ran and refused the input; timeout/output_limit: we killed it; spawn: it did not start. */
  | { ok: false; kind: 'error' | 'timeout' | 'output_limit' | 'spawn' | 'bad_json'; detail: string; stderr: string };

export interface FfprobeOptions {
  timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL. */
  graceMs?: number;
  maxStdoutBytes?: number;
  maxStderrBytes?: number;
  /** Binary to run; default: the installed ffprobe. */
  binary?: string;
  /** Demux every packet (--deep): slower, reads the whole file, reports nb_read_packets. */
  countPackets?: boolean;
  /** An open descriptor of the file `input` names: ffprobe reads it (as its fd 3), never the path. */
  fd?: number;
}

export const FFPROBE_ARGS = [
  '-v', 'error',
  '-print_format', 'json',
  '-show_entries',
  'format=format_name,duration,size' +
    ':stream=index,codec_type,codec_name,width,height,avg_frame_rate,r_frame_rate,nb_frames,duration,' +
    'sample_rate,channels:stream_disposition=attached_pic:stream_side_data=rotation:stream_tags=rotate',
];

/** --deep: the same entries plus the packets read, after demuxing every packet. */
const DEEP_FFPROBE_ARGS = ['-count_packets', ...FFPROBE_ARGS.map((a) => a.replace(':stream=', ':stream=nb_read_packets,'))];

/** Runs ffprobe on a path or URL; never throws for anything about the input. */
export function runFfprobe(input: string, opts: FfprobeOptions = {}): Promise<FfprobeResult> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const graceMs = opts.graceMs ?? 1_000;
  const maxStdout = opts.maxStdoutBytes ?? 4 * 1024 * 1024;
  const maxStderr = opts.maxStderrBytes ?? 64 * 1024;
  let binary: string;
  try {
    binary = opts.binary ?? ffprobePath();
  } catch (err) {
    return Promise.resolve({ ok: false, kind: 'spawn', detail: (err as Error).message, stderr: '' });
  }

  return new Promise((resolve) => {
    // a path is always read as a file ("concat:..." or "a:b.mp4" are names, not protocols);
    // a URL may use http(s) only, so a crafted container cannot make ffprobe open anything else
    const remote = /^https?:\/\//i.test(input);
    const viaFd = !remote && opts.fd !== undefined && process.platform !== 'win32';
    // /dev/fd/3 opens the child's fd 3, our open file, whatever the path names by now
    const target = remote ? input : viaFd ? 'file:/dev/fd/3' : `file:${input}`;
    const whitelist = remote ? 'http,https,tcp,tls' : 'file';
    const args = opts.countPackets ? DEEP_FFPROBE_ARGS : FFPROBE_ARGS;
    const child = track(spawn(binary, [...args, '-protocol_whitelist', whitelist, '-i', target], {
      stdio: viaFd ? ['ignore', 'pipe', 'pipe', opts.fd!] : ['ignore', 'pipe', 'pipe'],
    }));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let stopped: { kind: 'timeout' | 'output_limit'; detail: string } | null = null;
    let killTimer: NodeJS.Timeout | undefined;

    const stop = (kind: 'timeout' | 'output_limit', detail: string) => {
      if (stopped) return;
      stopped = { kind, detail };
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    };
    const timer = setTimeout(() => stop('timeout', `ffprobe took longer than ${timeoutMs} ms`), timeoutMs);

    child.stdout!.on('data', (b: Buffer) => {
      outBytes += b.length;
      if (outBytes > maxStdout) stop('output_limit', `ffprobe wrote more than ${maxStdout} bytes`);
      else out.push(b);
    });
    child.stderr!.on('data', (b: Buffer) => {
      // keep the first bytes of stderr; the rest is noise of the same kind
      if (errBytes < maxStderr) err.push(b.subarray(0, maxStderr - errBytes));
      errBytes += b.length;
    });

    let settled = false;
    const finish = (r: FfprobeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    child.on('error', (e) => finish({ ok: false, kind: 'spawn', detail: `could not run ${binary}: ${e.message}`, stderr: '' }));
    child.on('close', (code, signal) => {
      clearTimeout(killTimer);
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (stopped) return finish({ ok: false, ...stopped, stderr });
      if (code !== 0) {
        // "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x3982b300] moov atom not found" -> "moov atom not found"
        const line = stderr.split('\n').find((l) => l.trim());
        const first = line ? line.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, '') : `exit ${code ?? signal}`;
        return finish({ ok: false, kind: 'error', detail: first, stderr });
      }
      try {
        finish({ ok: true, json: JSON.parse(Buffer.concat(out).toString('utf8')) as FfprobeJson, stderr });
      } catch {
        finish({ ok: false, kind: 'bad_json', detail: 'ffprobe printed output that is not JSON', stderr });
      }
    });
  });
}
