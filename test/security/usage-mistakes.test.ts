import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { SAMPLE } from '../helpers/fake-provider.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sp-usage-'));
  mkdirSync(join(dir, 'in'));
  // a BMP the fixer would convert to in/pic.png, beside an unrelated in/pic.png
  const raw = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#396' } }).raw().toBuffer();
  writeFileSync(join(dir, 'in', 'pic.bmp'), bmp(64, 48, raw));
  copyFileSync(join(SAMPLE, 'good.jpg'), join(dir, 'in', 'photo.jpg'));
  writeFileSync(join(dir, 'in', 'pic.png'), 'an unrelated file the user keeps\n');
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ profile: 'seedance-2.0', assets: [], requests: [] }));
});

/** A 24-bit bottom-up BMP (sharp writes none). */
function bmp(w: number, h: number, rgb: Buffer): Buffer {
  const row = Math.ceil((w * 3) / 4) * 4;
  const out = Buffer.alloc(54 + row * h);
  out.write('BM', 0, 'latin1');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(w, 18);
  out.writeInt32LE(h, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  out.writeUInt32LE(row * h, 34);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const s = (y * w + x) * 3;
      const d = 54 + (h - 1 - y) * row + x * 3;
      out[d] = rgb[s + 2];
      out[d + 1] = rgb[s + 1];
      out[d + 2] = rgb[s];
    }
  }
  return out;
}

describe('usage mistakes exit 2 with what to type instead', () => {
  it.each([
    [['fix', 'in', '--out', 'in'], /--out in is the input folder in/],
    [['fix', 'in', '--out', '.'], /--out \. is a parent of the input folder in/],
    [['fix', 'in/pic.bmp', '--out', 'in'], /output folder in would replace in\/pic\.png, a file beside the input in\/pic\.bmp/],
  ])('%j', async (argv, msg) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).toMatch(/--out .*fixed/);
    } finally {
      process.chdir(cwd);
    }
    // nothing was written over: the unrelated pic.png is as it was
    expect(readFileSync(join(dir, 'in', 'pic.png'), 'utf8')).toBe('an unrelated file the user keeps\n');
  });

  it.each([
    [['submit', 'a.json', '--poll-interval', '0'], /--poll-interval expected a number of seconds > 0/],
    [['submit', 'a.json', '--timeout', '-1'], /--timeout/],
    [['submit', 'a.json', '--timeout=-1'], /--timeout expected a number of seconds > 0/],
    [['lint', 'in', '--output-file', 'in'], /--output-file in is a folder/],
    [['merge-reports', 'report.json', '--output-file', 'in'], /--output-file in is a folder/],
  ])('%j', async (argv, msg) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/internal error/);
    } finally {
      process.chdir(cwd);
    }
  });
});
