import type { FfmpegJob } from '../media/ffmpeg.js';
import type { Facts } from '../types.js';
import type { Plan } from './types.js';
import { MP3_KBPS, MP3_MAX_RATE as LAME_MAX_RATE } from './plan-audio.js';

type FixPlan = Extract<Plan, { status: 'fix' }>;

/** mp3 frames hold 1152 samples; players that ignore the LAME gapless header count the last two as well. */
const MP3_FRAME_SAMPLES = 1152;

/** The ffmpeg job for an audio plan: PCM wav (the plan's sample format) or LAME mp3, first audio stream only. */
export function audioJob(p: FixPlan, facts: Facts, input: string, output: string): FfmpegJob {
  const out: string[] = ['-vn', '-map', '0:a:0'];
  let rate = facts.sampleRate ?? 44_100;
  let kbps = MP3_KBPS;
  let trimSec: number | null = null;
  const af: string[] = [];
  for (const a of p.actions) {
    // silence after the end, cut at the minimum
    if (a.type === 'extend') af.push('apad', `atrim=end=${Number(a.toSec.toFixed(6))}`);
    if (a.type === 'downmix') out.push('-ac', String(a.to));
    else if (a.type === 'resample') {
      out.push('-ar', String(a.to));
      rate = a.to;
    } else if (a.type === 'trim') trimSec = a.toSec;
    else if (a.type === 'bitrate') kbps = a.kbps;
  }
  const mp3 = p.output.format === 'mp3';
  if (mp3 && !p.actions.some((a) => a.type === 'resample') && rate > LAME_MAX_RATE) {
    out.push('-ar', String(LAME_MAX_RATE));
    rate = LAME_MAX_RATE;
  }
  if (mp3 && !p.actions.some((a) => a.type === 'downmix') && (facts.channels ?? 2) > 2) out.push('-ac', '2');
  if (trimSec !== null) {
    // an mp3 may read as up to two frames longer than cut (encoder delay and padding)
    const margin = mp3 ? (2 * MP3_FRAME_SAMPLES) / rate : 0;
    out.push('-t', String(Number((trimSec - margin).toFixed(6))));
  }
  out.push(...(mp3 ? ['-c:a', 'libmp3lame', '-b:a', `${kbps}k`, '-f', 'mp3'] : ['-c:a', p.output.pcm?.codec ?? 'pcm_s16le', '-f', 'wav']));
  return { input, output, ...(af.length ? { audioFilters: af } : {}), outputOptions: out };
}
