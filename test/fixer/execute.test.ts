import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/fixtures.js';
import { probe } from '../../src/probes/index.js';
import { defaultProfile } from '../../src/profiles/index.js';
import { execute } from '../../src/fixer/execute.js';
import type { Plan } from '../../src/fixer/types.js';
import { tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

describe.each(EACH_FFMPEG)('execute with %s: an output is only ever kept when it passes', (_title, binary) => {
  const ctx = { profile: defaultProfile, probe, ffmpeg: { binary }, video: { preset: 'ultrafast' } };
  it('an output that still breaks a rule is failed with its codes, and nothing is left in the folder', async () => {
    const fx = await fixtures();
    const src = fx.path('videos/fps-23.976.mp4');
    const facts = await probe(src);
    // a plan that forgets the retime: the encode succeeds, the re-check must not
    const wrong: Plan = { source: src, kind: 'video', status: 'fix', actions: [{ type: 'convert', code: 'video.fps', from: 'mp4', to: 'mp4' }], output: { format: 'mp4', extension: 'mp4', maxBytes: 50_000_000, fps: facts.fps } };
    const dir = await tempDir('exec');
    const out = await execute(wrong, facts, src, join(dir, 'fps.mp4'), ctx);
    expect(out).toMatchObject({ status: 'failed', codes: ['video.fps'] });
    expect(out.status === 'failed' && out.reason).toMatch(/still fails/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('an ffmpeg failure is failed with the last stderr lines, and nothing is left', async () => {
    const fx = await fixtures();
    const src = fx.path('broken/truncated-moov-end.mp4');
    const facts = { ...(await probe(fx.path('videos/fps-24.mp4'))), source: src };
    const p: Plan = { source: src, kind: 'video', status: 'fix', actions: [{ type: 'trim', code: 'video.duration', fromSec: 2, toSec: 1.5 }], output: { format: 'mp4', extension: 'mp4', maxBytes: 50_000_000, fps: facts.fps } };
    const dir = await tempDir('exec');
    const out = await execute(p, facts, src, join(dir, 'cut.mp4'), ctx);
    expect(out.status).toBe('failed');
    if (out.status !== 'failed') return;
    expect(out.reason).toMatch(/^ffmpeg failed: /);
    expect(out.stderr?.join('\n')).toMatch(/moov atom not found|Invalid data/);
    expect(await readdir(dir)).toEqual([]);
  });
});
