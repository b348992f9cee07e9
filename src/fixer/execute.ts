import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FfmpegError, runFfmpeg, type FfmpegRunOptions } from '../media/ffmpeg.js';
import type { Facts, Finding } from '../types.js';
import type { Profile } from '../profiles/types.js';
import { checkAsset } from '../rules/asset/index.js';
import { render } from '../messages/index.js';
import type { Fallback, FixAction, FixCommand, Plan } from './types.js';
import { fixImage, type ImageEncode } from './image.js';
import { videoJob, type VideoEncodeOptions } from './video.js';
import { audioJob } from './audio.js';
import { commandsFor } from './commands.js';
import { fallbackText } from './words.js';

type FixPlan = Extract<Plan, { status: 'fix' }>;

export interface ExecuteContext {
  profile: Profile;
  probe: (path: string) => Promise<Facts>;
  ffmpeg: FfmpegRunOptions;
  video: VideoEncodeOptions;
}

export type Outcome =
  /** `actions` as run (a fallback replaces the planned step); `commands` produce the output by hand. */
  | { status: 'fixed'; facts: Facts; actions: FixAction[]; commands: FixCommand[]; fallbacks: Fallback[] }
  | { status: 'failed'; reason: string; codes: string[]; stderr?: string[] };

let counter = 0;

/** A hidden name beside the output with the same extension (the re-probe checks the name too). */
export function tempPathFor(output: string): string {
  const name = basename(output);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot) : '';
  return join(dirname(output), `.${name}.fixing-${process.pid}-${++counter}${ext}`);
}

/**
 * Runs a plan into a temp file in the output folder, re-probes it and re-runs the asset rules; only
 * an output that passes is renamed to its name. A failing output is never left under that name.
 */
export async function execute(p: FixPlan, facts: Facts, input: string, output: string, ctx: ExecuteContext): Promise<Outcome> {
  const temp = tempPathFor(output);
  try {
    let run = p;
    const fallbacks: Fallback[] = [];
    let check = await produce(run, facts, input, temp, ctx);
    // the plan's stated fallback: a stream copy keeps the source's timestamps, which can land a hair outside a limit
    if (check.errors.length && run.actions.some((a) => a.type === 'remux')) {
      const f = { planned: 'remux' as const, ran: 'convert' as const, codes: check.errors.map((e) => e.code) };
      fallbacks.push({ ...f, text: fallbackText(f) });
      run = transcodeInstead(run);
      check = await produce(run, facts, input, temp, ctx);
    }
    // ABR can overshoot: once, aim lower by the measured excess
    const over = check.errors.length === 1 && check.errors[0].code === 'video.bytes' && p.output.maxBytes && check.facts.bytes;
    if (over) {
      const f = { planned: 'bitrate' as const, ran: 'bitrate' as const, codes: ['video.bytes'] };
      fallbacks.push({ ...f, text: fallbackText(f, check.facts.bytes!) });
      run = lowerBitrate(run, facts, check.facts.bytes!, p.output.maxBytes!);
      check = await produce(run, facts, input, temp, ctx);
    }
    if (check.errors.length) {
      const first = render(check.errors[0], output);
      return { status: 'failed', reason: `the output still fails: ${first.message}`, codes: check.errors.map((f) => f.code) };
    }
    await rename(temp, output);
    const commands = commandsFor(run, facts, input, output, { binary: ctx.ffmpeg.binary ?? null, video: ctx.video, encode: check.encode });
    return { status: 'fixed', facts: { ...check.facts, source: output }, actions: run.actions, commands, fallbacks };
  } catch (e) {
    if (e instanceof FfmpegError) return { status: 'failed', reason: e.message, codes: [], stderr: e.tail };
    return { status: 'failed', reason: (e as Error).message ?? String(e), codes: [] };
  } finally {
    await rm(temp, { force: true });
  }
}

async function produce(p: FixPlan, facts: Facts, input: string, temp: string, ctx: ExecuteContext): Promise<{ facts: Facts; errors: Finding[]; encode?: ImageEncode }> {
  let encode: ImageEncode | undefined;
  if (p.kind === 'image') encode = await fixImage(p, facts, input, temp, ctx.ffmpeg);
  else await runFfmpeg(p.kind === 'video' ? videoJob(p, facts, input, temp, ctx.video) : audioJob(p, facts, input, temp), ctx.ffmpeg);
  const after = await ctx.probe(temp);
  return { facts: after, errors: checkAsset(after, ctx.profile).filter((f) => f.severity === 'error'), encode };
}

/** The plan with its bitrate scaled down by how much the first encode overshot. */
function lowerBitrate(p: FixPlan, facts: Facts, gotBytes: number, maxBytes: number): FixPlan {
  const factor = (maxBytes / gotBytes) * 0.9;
  const existing = p.actions.find((a): a is Extract<FixAction, { type: 'bitrate' }> => a.type === 'bitrate');
  const seconds = p.actions.find((a): a is Extract<FixAction, { type: 'trim' }> => a.type === 'trim')?.toSec ?? facts.durationSec ?? 1;
  const kbps = Math.max(16, Math.floor((existing ? existing.kbps : (gotBytes * 8) / seconds / 1000) * factor));
  const bitrate: FixAction = { type: 'bitrate', code: 'video.bytes', fromBytes: facts.bytes ?? 0, maxBytes, kbps, ...(existing?.audioKbps ? { audioKbps: existing.audioKbps } : {}) };
  return { ...p, actions: [...p.actions.filter((a) => a.type !== 'bitrate'), bitrate] };
}

function transcodeInstead(p: FixPlan): FixPlan {
  return { ...p, actions: p.actions.map((a) => (a.type === 'remux' ? { type: 'convert', code: a.code, from: a.from, to: 'mp4' } : a)) };
}
