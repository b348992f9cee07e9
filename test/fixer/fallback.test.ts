import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import { errorCodes, ffmpeg, fixInto, tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

/**
 * Dry run = real run: an mkv (H.264, tagged 24 fps) whose frames leave a half-second gap. The mkv
 * reads as 24 fps, so the plan is a remux, and says what happens if the copy fails; copied into
 * mp4 the gap shows (18 fps on average), so the real run takes that fallback and says so.
 */
let mkv: string;
beforeAll(async () => {
  mkv = join(await tempDir('gap'), 'gap.mkv');
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=640x640:rate=24:duration=3', '-vf', "setpts='if(gte(N,36),PTS+24,PTS)'", '-vsync', 'passthrough', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', mkv]);
}, 60_000);

describe.each(EACH_FFMPEG)('remux fallback with %s', (_title, bin) => {
  it('the plan states the fallback; the real run reports that it ran, and why', async () => {
    expect((await probe(mkv)).fps).toMatchObject({ num: 24, den: 1 });
    const { report: dry } = await fixInto([mkv], { dryRun: true, ffmpeg: bin });
    expect(dry.fixed[0].actions).toEqual([expect.objectContaining({ type: 'remux', code: 'video.format', fallback: 'convert' })]);
    expect(dry.fixed[0].actions[0].text).toMatch(/if the copy still fails a rule, re-encode/);
    expect(dry.fixed[0].commands[0].tool === 'ffmpeg' && dry.fixed[0].commands[0].argv).toEqual(expect.arrayContaining(['-c', 'copy']));

    const { report } = await fixInto([mkv], { ffmpeg: bin });
    expect(report.ok).toBe(true);
    const f = report.fixed[0];
    expect(f.actions.map((a) => a.type)).toEqual(['convert']);
    expect(f.fallbacks).toEqual([expect.objectContaining({ planned: 'remux', ran: 'convert', codes: ['video.fps'] })]);
    // the commands are the ones that made the file: an encode, not the copy
    const argv = f.commands[0].tool === 'ffmpeg' ? f.commands[0].argv : [];
    expect(argv).toContain('libx264');
    expect(argv).not.toContain('copy');
    const out = await probe(f.output);
    expect(errorCodes(out)).toEqual([]);
    expect(out.format).toBe('mp4');
  });
});
