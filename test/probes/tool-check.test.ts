import { afterEach, describe, expect, it } from 'vitest';
import { lint, PreflightEnvironmentError } from '../../src/index.js';
import { assertToolRuns } from '../../src/lib/tool-check.js';
import { fixtures } from '../helpers/fixtures.js';

const saved = process.env.SEEDANCE_PREFLIGHT_FFPROBE;
afterEach(() => {
  if (saved === undefined) delete process.env.SEEDANCE_PREFLIGHT_FFPROBE;
  else process.env.SEEDANCE_PREFLIGHT_FFPROBE = saved;
});

describe('assertToolRuns: the tool, not the input', () => {
  it('the real ffprobe and ffmpeg pass', async () => {
    await expect(assertToolRuns('ffprobe')).resolves.toBeUndefined();
    await expect(assertToolRuns('ffmpeg')).resolves.toBeUndefined();
  });

  it('a program that is not ffprobe, or none at all, is a PreflightEnvironmentError with a stable code', async () => {
    for (const bin of ['/bin/false', '/bin/true', '/nonexistent/ffprobe', '/etc/hostname']) {
      const e = await assertToolRuns('ffprobe', bin).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(PreflightEnvironmentError);
      expect(e).toMatchObject({ code: 'ffprobe_unavailable' });
    }
  });

  it('lint() rejects with it (the library never turns a broken tool into file.corrupt)', async () => {
    const fx = await fixtures();
    process.env.SEEDANCE_PREFLIGHT_FFPROBE = '/bin/false';
    await expect(lint([fx.path('videos/container.webm')])).rejects.toMatchObject({ name: 'PreflightEnvironmentError', code: 'ffprobe_unavailable' });
  });
});
