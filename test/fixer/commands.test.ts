import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { probe } from '../../src/probes/index.js';
import type { FixReport } from '../../src/fixer/types.js';
import { errorCodes, tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

const exec = promisify(execFile);
const FILES = ['fixtures/sample/slow.mp4', 'fixtures/sample/long.wav', 'fixtures/sample/too-wide.jpg'];

/**
 * The commands a report gives are the ones that run: a dry run lists exactly what the real run then
 * reports, and running them by hand makes files the rules pass.
 */
describe.each(EACH_FFMPEG)('exact commands with %s', (_title, bin) => {
  const env = { SEEDANCE_PREFLIGHT_FFMPEG: bin };
  const withEnv = async <T>(f: () => Promise<T>): Promise<T> => {
    const had = process.env.SEEDANCE_PREFLIGHT_FFMPEG;
    process.env.SEEDANCE_PREFLIGHT_FFMPEG = env.SEEDANCE_PREFLIGHT_FFMPEG;
    try {
      return await f();
    } finally {
      if (had === undefined) delete process.env.SEEDANCE_PREFLIGHT_FFMPEG;
      else process.env.SEEDANCE_PREFLIGHT_FFMPEG = had;
    }
  };

  it('dry run and real run give the same commands; run by hand, they make passing files', async () => {
    const out = join(await tempDir('cmd'), 'fixed');
    const dry = JSON.parse((await withEnv(() => run(['fix', ...FILES, '--out', out, '--dry-run', '--format', 'json']))).stdout) as FixReport;
    const real = JSON.parse((await withEnv(() => run(['fix', ...FILES, '--out', out, '--format', 'json']))).stdout) as FixReport;
    expect(dry.ffmpeg).toEqual({ ...real.ffmpeg, from: 'env' });
    expect(real.ffmpeg?.path).toBe(bin);
    expect(real.fixed.map((f) => f.commands)).toEqual(dry.fixed.map((f) => f.commands));
    const tools = Object.fromEntries(real.fixed.map((f) => [f.source.split('/').pop(), f.commands.map((c) => c.tool)]));
    expect(tools).toEqual({ 'slow.mp4': ['ffmpeg'], 'long.wav': ['ffmpeg'], 'too-wide.jpg': ['sharp'] });
    for (const f of real.fixed) for (const c of f.commands) if (c.tool === 'ffmpeg') expect(c.argv[0]).toBe(bin);

    // by hand, into another folder: the same argv with the output path swapped
    const hand = join(await tempDir('hand'), 'byhand');
    await mkdir(hand);
    for (const f of real.fixed) {
      const name = f.output.split('/').pop()!;
      const target = join(hand, name);
      for (const c of f.commands) {
        if (c.tool === 'ffmpeg') {
          const argv = c.argv.map((a) => (a === `file:${f.output}` ? `file:${target}` : a));
          expect(argv).not.toEqual(c.argv);
          await exec(argv[0], argv.slice(1));
        } else {
          const line = c.line.replace(JSON.stringify(f.output), JSON.stringify(target));
          await exec(process.execPath, ['--input-type=module', '-e', `import sharp from 'sharp';\n${line}`]);
        }
      }
      const mine = await probe(target);
      const theirs = await probe(f.output);
      expect(errorCodes(mine)).toEqual([]);
      expect({ w: mine.width, h: mine.height, fps: mine.fps, d: mine.durationSec, rate: mine.sampleRate }).toEqual({ w: theirs.width, h: theirs.height, fps: theirs.fps, d: theirs.durationSec, rate: theirs.sampleRate });
    }
    expect((await readdir(hand)).sort()).toEqual(['long.wav', 'slow.mp4', 'too-wide.jpg']);
  });

  it('--print-commands shows them under each file; a scale uses lanczos', async () => {
    const out = join(await tempDir('cmd'), 'fixed');
    const r = await withEnv(() => run(['fix', 'fixtures/sample/too-small.png', 'fixtures/sample/slow.mp4', '--out', out, '--dry-run', '--print-commands', '--no-color']));
    expect(r.stdout).toMatch(new RegExp(`^ +\\$ ${bin.replace(/[/.]/g, '\\$&')} -nostdin .*-filter:v fps=24/1`, 'm'));
    expect(r.stdout).toMatch(/^ +\/\/ sharp \(Node\): await sharp\(.*too-small\.png.*\.resize\(300, 300, \{fit: "fill", kernel: "lanczos3"\}\)/m);
  });
});
