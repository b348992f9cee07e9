import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/fixtures.js';
import { FfmpegError, runFfmpeg } from '../../src/media/ffmpeg.js';
import { tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

describe.each(EACH_FFMPEG)('the ffmpeg adapter with %s', (_title, binary) => {
  it('an ffmpeg error carries its last stderr lines', async () => {
    const fx = await fixtures();
    const out = join(await tempDir('ff'), 'x.mp4');
    const err = await runFfmpeg({ input: fx.path('videos/fps-24.mp4'), output: out, videoFilters: ['nosuchfilter=1'], outputOptions: ['-f', 'mp4'] }, { binary }).catch((e) => e);
    expect(err).toBeInstanceOf(FfmpegError);
    expect(err.kind).toBe('error');
    expect(err.tail.join('\n')).toMatch(/No such filter: 'nosuchfilter'/);
    expect(err.message).toMatch(/^ffmpeg failed: /);
  });

  it('a job over its time limit is killed and reported as a timeout', async () => {
    const fx = await fixtures();
    const out = join(await tempDir('ff'), 'slow.mp4');
    const started = Date.now();
    // -re reads at the clip's own pace: 15 s of input cannot finish in 300 ms
    const err = await runFfmpeg({ input: fx.path('videos/dur-15s.mp4'), inputOptions: ['-re'], output: out, outputOptions: ['-c', 'copy', '-f', 'mp4'] }, { timeoutMs: 300, binary }).catch((e) => e);
    expect(err).toBeInstanceOf(FfmpegError);
    expect(err.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a path that looks like a protocol is read as a file', async () => {
    const out = join(await tempDir('ff'), 'x.mp4');
    const err = await runFfmpeg({ input: 'concat:/etc/passwd', output: out, outputOptions: ['-f', 'mp4'] }, { binary }).catch((e) => e);
    expect(err).toBeInstanceOf(FfmpegError);
    expect(err.tail.join('\n')).toMatch(/No such file or directory/);
  });
});
