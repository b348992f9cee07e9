import { resolve } from 'node:path';
import { commandLine } from '../media/ffmpeg.js';
import type { Facts } from '../types.js';
import type { FixCommand, ImageFormat, Plan } from './types.js';
import { bmpDecodeJob, imageOps, ladderOf, SHARP_INPUT, type ImageEncode, type ImageOp } from './image.js';
import { videoJob, type VideoEncodeOptions } from './video.js';
import { audioJob } from './audio.js';

type FixPlan = Extract<Plan, { status: 'fix' }>;

export interface CommandOptions {
  /** The ffmpeg that runs (null: none found; the argv then starts with plain `ffmpeg`). */
  binary: string | null;
  video: VideoEncodeOptions;
  /** Images: the encoder setting that produced the output (default: the first one tried). */
  encode?: ImageEncode;
}

/**
 * What produces `output` from `input`, for a person to reproduce or adapt: the exact ffmpeg argv
 * the fixer runs (the same builder), and for images the sharp calls in Node. The fixer writes to a
 * temporary name and renames it after the re-check; the commands name the final output.
 */
export function commandsFor(p: FixPlan, facts: Facts, input: string, output: string, o: CommandOptions): FixCommand[] {
  const binary = o.binary ?? 'ffmpeg';
  if (p.kind === 'video') return [ffmpegCommand(commandLine(videoJob(p, facts, input, output, o.video), binary))];
  if (p.kind === 'audio') return [ffmpegCommand(commandLine(audioJob(p, facts, input, output), binary))];
  const out: FixCommand[] = [];
  const decode = bmpDecodeJob(facts, input, output);
  if (decode) out.push(ffmpegCommand(commandLine(decode, binary)));
  const enc = o.encode ?? ladderOf(p.output.format as ImageFormat)[0];
  out.push({ tool: 'sharp', line: sharpLine(resolve(decode?.output ?? input), imageOps(p), enc, resolve(output)) });
  return out;
}

function ffmpegCommand(argv: string[]): FixCommand {
  return { tool: 'ffmpeg', argv, line: argv.map(shellQuote).join(' ') };
}

const js = (v: unknown) => JSON.stringify(v).replace(/"([a-zA-Z_]\w*)":/g, '$1: ').replace(/,(?=[a-zA-Z_"{])/g, ', ');

/** A Node statement (ESM, `import sharp from 'sharp'`) doing what the fixer does. */
export function sharpLine(input: string, ops: ImageOp[], enc: ImageEncode, output: string): string {
  const calls = ops.map((o) => {
    if (o.op === 'rotate') return '.rotate()';
    if (o.op === 'resize') return `.resize(${o.width}, ${o.height}, ${js({ fit: o.fit, kernel: o.kernel })})`;
    const { op, ...args } = o;
    return `.${op}(${js(args)})`;
  });
  return `await sharp(${js(input)}, ${js(SHARP_INPUT)})${calls.join('')}.${enc.format}(${js(enc.options)}).toFile(${js(output)});`;
}

/** POSIX shell quoting: bare when safe, else single quotes. */
export function shellQuote(s: string): string {
  if (/^[A-Za-z0-9_\-+=:,./@%^]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
