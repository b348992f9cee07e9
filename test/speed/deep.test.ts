import { mkdir, readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { run } from '../helpers/cli.js';
import { ffmpeg, jpegAndCutScan, tempDir } from '../probes/media.js';

// --deep: damage inside the media data that headers, box sizes and end markers do not show. The
// default lint passes these files; --deep finds them; sound files stay sound; the cache keeps the
// two kinds of run apart.
const tmp = await tempDir();
afterAll(() => tmp.cleanup());

beforeAll(async () => {
  const { jpeg, cut } = await jpegAndCutScan();
  await writeFile(tmp.path('good.jpg'), jpeg);
  await writeFile(tmp.path('half-scan.jpg'), cut);

  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=24:duration=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', tmp.path('good.mp4')]);
  // the moov is first; cut the mdat at 60% and make its size say so: every box adds up, the samples do not
  const mp4 = await readFile(tmp.path('good.mp4'));
  const mdat = mp4.indexOf(Buffer.from('mdat')) - 4;
  const keep = mdat + Math.floor((mp4.length - mdat) * 0.6);
  const short = Buffer.from(mp4.subarray(0, keep));
  short.writeUInt32BE(keep - mdat, mdat);
  await writeFile(tmp.path('short-mdat.mp4'), short);
}, 60_000);

const lint = async (...args: string[]) => {
  const r = await run(['lint', tmp.dir, '--format', 'json', ...args]);
  const report = JSON.parse(r.stdout) as Report;
  return Object.fromEntries(report.assets.map((a) => [a.source.split('/').pop(), a.problems.map((p) => p.code)]));
};

describe('lint --deep', () => {
  it('passes by default what only a decode shows', async () => {
    expect(await lint()).toEqual({ 'good.jpg': [], 'good.mp4': [], 'half-scan.jpg': [], 'short-mdat.mp4': [] });
  });

  it('finds a cut scan and missing samples with --deep, and nothing in sound files', async () => {
    const codes = await lint('--deep');
    expect(codes['good.jpg']).toEqual([]);
    expect(codes['good.mp4']).toEqual([]);
    expect(codes['half-scan.jpg']).toEqual(['file.truncated']);
    expect(codes['short-mdat.mp4']).toHaveLength(1);
    expect(['file.truncated', 'file.corrupt']).toContain(codes['short-mdat.mp4'][0]);
  });

  it('decodes a canvas above the whole-decode bound in strips, and still finds a cut scan', async () => {
    // 8000 x 6400 = 51.2 MP: over the bound for a whole raw decode, under sharp's own pixel limit
    const big = await sharp({ create: { width: 8000, height: 6400, channels: 3, background: { r: 40, g: 90, b: 160 }, noise: { type: 'gaussian', mean: 120, sigma: 8 } } }).jpeg({ quality: 50 }).toBuffer();
    const dir = tmp.path('big');
    await mkdir(dir);
    await writeFile(`${dir}/big.jpg`, big);
    const sos = big.indexOf(Buffer.from([0xff, 0xda]));
    await writeFile(`${dir}/big-cut.jpg`, Buffer.concat([big.subarray(0, sos + Math.floor((big.length - sos) / 2)), Buffer.from([0xff, 0xd9])]));
    const r = await run(['lint', dir, '--format', 'json', '--deep']);
    const codes = Object.fromEntries((JSON.parse(r.stdout) as Report).assets.map((a) => [a.source.split('/').pop(), a.problems.map((p) => p.code)]));
    expect(codes['big-cut.jpg']).toContain('file.truncated');
    expect(codes['big.jpg']).not.toContain('file.truncated');
    expect(codes['big.jpg']).not.toContain('file.corrupt');
  }, 60_000);

  it('never answers a --deep run from facts cached by a default run', async () => {
    const cache = tmp.path('cache.json');
    expect((await lint('--cache', '--cache-location', cache))['half-scan.jpg']).toEqual([]);
    expect((await lint('--cache', '--cache-location', cache, '--deep'))['half-scan.jpg']).toEqual(['file.truncated']);
  });
});
