import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin } from '../helpers/cli.js';
import { ffmpeg, tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

const exec = promisify(execFile);
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * fix on a terminal: `n/N` per file and ffmpeg's own time-based percent while a clip encodes. The
 * CLI runs as a real process under a pseudo-terminal (util-linux `script`), as a person sees it.
 */
let clip: string;
beforeAll(async () => {
  // 4 s at 15 fps: out of spec by its rate, so it is re-encoded (ffmpeg prints a stat line every half second)
  clip = join(await tempDir('tty'), 'slow-540p.mp4');
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=960x540:rate=15:duration=4', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', clip]);
}, 60_000);

describe.each(EACH_FFMPEG)('progress with %s', (_title, bin) => {
  it('on a pseudo-TTY: n/N, the file, ffmpeg\'s percent rising, then "1/2 done"', async () => {
    const out = join(await tempDir('tty'), 'fixed');
    const cmd = [process.execPath, BIN, 'fix', clip, 'fixtures/sample/too-small.png', '--out', out, '--preset', 'ultrafast', '--concurrency', '1', '--no-color'].map(quote).join(' ');
    const { stdout } = await exec('script', ['-qec', cmd, '/dev/null'], { env: { ...process.env, SEEDANCE_PREFLIGHT_FFMPEG: bin, NO_COLOR: '1' } });
    const screen = stdout.replace(/\r\n/g, '\n');
    expect(screen).toMatch(/fixing 1\/2 .*slow-540p\.mp4/);
    const percents = [...screen.matchAll(/fixing 1\/2 \S*slow-540p\.mp4 (\d+)%/g)].map((m) => Number(m[1]));
    // how many stat lines ffmpeg prints depends on the machine's speed: at least one, rising, within 0-100
    expect(percents.length).toBeGreaterThan(0);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    for (const p of percents) expect(p).toBeLessThanOrEqual(100);
    expect(screen).toMatch(/1\/2 done +\S*slow-540p\.mp4\n/);
    expect(screen).toMatch(/2\/2 done +fixtures\/sample\/too-small\.png\n/);
    expect(screen).toMatch(/2 fixed, 0 unchanged/);
  });

  it('not a TTY: nothing on stderr', async () => {
    const r = await runBin(['fix', clip, '--out', join(await tempDir('tty'), 'fixed'), '--preset', 'ultrafast'], { env: { SEEDANCE_PREFLIGHT_FFMPEG: bin } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
