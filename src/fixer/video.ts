import type { FfmpegJob } from '../media/ffmpeg.js';
import type { Facts } from '../types.js';
import type { Plan } from './types.js';
import { BITRATE_HEADROOM } from './plan-video.js';

type FixPlan = Extract<Plan, { status: 'fix' }>;

export interface VideoEncodeOptions {
  /** x264 preset (default 'veryfast'; tests use 'ultrafast'). */
  preset?: string;
  /** Quality when no bitrate is forced (x264 CRF). */
  crf?: number;
}

const AUDIO_KBPS = 128;

/**
 * The ffmpeg job for a video plan. ffmpeg applies the display rotation itself (autorotate) before
 * the filters, so crop/scale/pad sizes are the displayed ones and the output has no rotation left.
 * Every transcode is capped at the output's byte limit over its duration. Scaling uses lanczos.
 */
export function videoJob(p: FixPlan, facts: Facts, input: string, output: string, opts: VideoEncodeOptions = {}): FfmpegJob {
  const mp4 = ['-movflags', '+faststart', '-f', 'mp4'];
  if (p.actions.some((a) => a.type === 'remux')) {
    return { input, output, outputOptions: ['-map', '0:v:0', '-map', '0:a:0?', '-c', 'copy', ...mp4] };
  }
  const vf: string[] = [];
  const af: string[] = [];
  const out: string[] = ['-map', '0:v:0', '-map', '0:a:0?'];
  let seconds = facts.durationSec;
  let videoKbps: number | null = null;
  let audioKbps = AUDIO_KBPS;
  for (const a of p.actions) {
    if (a.type === 'crop') vf.push(`crop=${a.to.width}:${a.to.height}`);
    else if (a.type === 'scale') vf.push(`scale=${a.to.width}:${a.to.height}:flags=lanczos`);
    else if (a.type === 'pad') vf.push(`pad=${a.to.width}:${a.to.height}:(ow-iw)/2:(oh-ih)/2:black`);
    else if (a.type === 'retime') vf.push(`fps=${a.to.num}/${a.to.den}`);
    else if (a.type === 'trim') {
      seconds = a.toSec;
      out.push('-t', String(wholeFrames(a.toSec, p.output.fps ?? null)));
    } else if (a.type === 'extend') {
      // hold the last frame a little past the target, then keep exactly the frames up to it
      seconds = a.toSec;
      const fps = p.output.fps ?? null;
      const frames = fps ? Math.round((a.toSec * fps.num) / fps.den) : null;
      vf.push(`tpad=stop_mode=clone:stop_duration=${Number((a.toSec - a.fromSec + 0.2).toFixed(6))}`, frames ? `trim=end_frame=${frames}` : `trim=end=${a.toSec}`);
      af.push('apad', `atrim=end=${Number(a.toSec.toFixed(6))}`);
    } else if (a.type === 'bitrate') {
      videoKbps = a.kbps;
      audioKbps = a.audioKbps ?? AUDIO_KBPS;
    }
  }
  vf.push('setsar=1', 'format=yuv420p');
  out.push('-c:v', 'libx264', '-preset', opts.preset ?? 'veryfast', '-pix_fmt', 'yuv420p');
  // capped CRF: no bigger than the picture needs, never above the cap (a bitrate step sets a lower one)
  out.push('-crf', String(opts.crf ?? 20));
  const cap = videoKbps ?? (p.output.maxBytes && seconds ? Math.floor((p.output.maxBytes * 8 * BITRATE_HEADROOM) / seconds / 1000) - audioKbps : null);
  if (cap && cap > 0) out.push('-maxrate', `${cap}k`, '-bufsize', `${cap * 2}k`);
  out.push(...(facts.hasAudioStream ? ['-c:a', 'aac', '-b:a', `${audioKbps}k`] : ['-an']), ...mp4);
  return { input, output, videoFilters: vf, ...(facts.hasAudioStream && af.length ? { audioFilters: af } : {}), outputOptions: out };
}

/**
 * A -t that yields whole frames ending at or before `sec`: ffmpeg keeps frames starting before
 * -t, so half a frame short of the last wanted boundary keeps exactly floor(sec * fps) frames.
 */
export function wholeFrames(sec: number, fps: { num: number; den: number } | null): number {
  if (!fps) return sec;
  const rate = fps.num / fps.den;
  const frames = Math.floor(sec * rate + 1e-6);
  return Number(((frames - 0.5) / rate).toFixed(6));
}
