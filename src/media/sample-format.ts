import { spawn } from 'node:child_process';
import { ffprobePath } from '../lib/binaries.js';
import { track } from '../lib/children.js';

/** How the first audio stream stores its samples, as ffprobe names it. */
export interface SampleFormat {
  /** e.g. pcm_u8, pcm_s24le, flac. */
  codec: string;
  /** e.g. u8, s16, s32, flt, fltp. */
  sampleFmt: string | null;
  /** Bits a sample really holds (24 for a 24-bit flac decoded as s32); null when unknown. */
  bits: number | null;
}

/**
 * The sample format of a file's first audio stream (music-metadata's facts do not carry it), so a
 * re-written wav keeps it. Null when ffprobe cannot say; never rejects.
 */
export function readSampleFormat(path: string, timeoutMs = 30_000): Promise<SampleFormat | null> {
  return new Promise((resolve) => {
    let binary: string;
    try {
      binary = ffprobePath();
    } catch {
      return resolve(null);
    }
    const args = ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=codec_name,sample_fmt,bits_per_sample,bits_per_raw_sample', '-of', 'json', '-protocol_whitelist', 'file', '-i', `file:${path}`];
    const child = track(spawn(binary, args, { stdio: ['ignore', 'pipe', 'ignore'] }));
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      if (out.length < 64 * 1024) out += d;
    });
    child.on('error', () => (clearTimeout(timer), resolve(null)));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return resolve(null);
      try {
        const s = (JSON.parse(out) as { streams?: { codec_name?: string; sample_fmt?: string; bits_per_sample?: number; bits_per_raw_sample?: string }[] }).streams?.[0];
        if (!s?.codec_name) return resolve(null);
        const bits = Number(s.bits_per_raw_sample) || s.bits_per_sample || null;
        resolve({ codec: s.codec_name, sampleFmt: s.sample_fmt ?? null, bits });
      } catch {
        resolve(null);
      }
    });
  });
}
