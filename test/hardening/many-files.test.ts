import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const N = 100_000;
const DIST = new URL('../../dist/index.js', import.meta.url).href;

describe('a folder of 100,000 small files', () => {
  it('is walked with bounded open files and memory, and the media in it is still found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-many-'));
    for (let d = 0; d < N / 500; d++) {
      const sub = join(dir, `d${d}`);
      mkdirSync(sub);
      for (let i = 0; i < 500; i++) writeFileSync(join(sub, `n${i}.txt`), `${d}/${i}\n`);
    }
    cpSync('fixtures/sample/too-small.png', join(dir, 'd7', 'too-small.png'));
    cpSync('fixtures/sample/clip.mp4', join(dir, 'd150', 'clip.mp4'));
    // Measured inside a child so the numbers are the command's own, not the test runner's.
    const script = `
      const { lint } = await import(${JSON.stringify(DIST)});
      const report = await lint([${JSON.stringify(dir)}], { concurrency: 8 });
      console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024,
        assets: report.assets.map((a) => [a.source.split('/').pop(), a.problems.map((p) => p.code)]) }));`;
    const sampler = `
      import { readdirSync } from 'node:fs';
      let peak = 0;
      setInterval(() => { peak = Math.max(peak, readdirSync('/proc/self/fd').length); }, 5).unref();
      process.on('exit', () => process.stderr.write('PEAKFDS ' + peak + '\\n'));`;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(sampler)}`, '--input-type=module', '-e', script], { maxBuffer: 16 << 20, timeout: 240_000 });
    const out = JSON.parse(stdout);
    const peakFds = Number(/PEAKFDS (\d+)/.exec(stderr)?.[1]);
    expect(out.assets).toEqual([['clip.mp4', []], ['too-small.png', ['image.side']]]);
    expect(out.maxRssMb).toBeLessThan(300);
    expect(peakFds).toBeGreaterThan(0);
    // Node, libuv and sharp hold a few dozen of their own; unbounded opening would need thousands.
    expect(peakFds).toBeLessThan(200);
  }, 300_000);
});
