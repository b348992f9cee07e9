import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { quickSniff } from '../../src/probes/fast/sniff.js';
import { fixtures } from '../helpers/fixtures.js';

// The quick sniff answers for JPEG, ISO-BMFF and MP3 without loading file-type: whenever it answers,
// file-type must give the same ext and MIME type. Real files, then random bytes behind each signature
// with file-type's other fixed-offset signatures planted among them.
const mem = (b: Uint8Array) => ({ id: 'mem', name: 'x', size: async () => b.length, read: async (o: number, l: number) => b.slice(o, o + l) });

async function compare(b: Uint8Array): Promise<string | null> {
  const quick = await quickSniff(mem(b), b.length);
  if (!quick) return null;
  const ft = await fileTypeFromBuffer(b);
  const want = ft ? { ext: ft.ext, mime: ft.mime } : null;
  return JSON.stringify(quick) === JSON.stringify(want) ? null : `quick ${JSON.stringify(quick)} != file-type ${JSON.stringify(want)}`;
}

const bytes = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** file-type's signatures at fixed offsets (see fast/sniff.ts), planted to test the deferral. */
const PLANTS: [number, number[]][] = [
  [4, bytes('free')], [4, bytes('mdat')], [4, bytes('moov')], [4, bytes('wide')], [4, bytes('ftyp')],
  [2, [0x27, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]], [36, bytes('acsp')], [7, bytes('**ACE**')], [44, bytes('SCRM')],
  [60, bytes('BOOKMOBI')], [128, bytes('DICM')], [34, bytes('LP')], [4, [0x47]], [196, [0x47]], [257, bytes('ustar\0')],
  [148, bytes('0000000')], [148, bytes('42    ')], [148, bytes('\xa0 17')], [257, [0, 0, 0, 0, 0, 0]],
];

const tail = fc.uint8Array({ minLength: 0, maxLength: 700 });
const plants = fc.array(fc.constantFrom(...PLANTS), { maxLength: 3 });
const heads = fc.oneof(
  fc.tuple(fc.constant([0xff, 0xd8, 0xff]), fc.integer({ min: 0, max: 255 })).map(([p, x]) => [...p, x]),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.oneof(fc.constantFrom('isom', 'mp42', 'qt  ', 'M4A ', 'M4V ', 'M4VH', '3gp4', '3g2a', 'avif', 'heic', 'mif1', 'crx ', 'F4V ', 'qt\0\0', '\0\0\0\0', ' abc'), fc.string({ minLength: 4, maxLength: 4 })))
    .map(([n, brand]) => [0, 0, 0, n, ...bytes('ftyp'), ...bytes(brand).map((c) => c & 255)]),
  fc.tuple(fc.constantFrom(0xfb, 0xfa, 0xf3, 0xf2, 0xe3, 0xe2, 0xfd, 0xff, 0xfe), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([a, b, c]) => [0xff, a, b, c]),
  fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom([0xff, 0xfb, 0x90, 0x64], [0xff, 0xd8, 0xff, 0xe0], [0, 0, 0, 0x18], bytes('ID3\x04'), [0x12, 0x34]))
    .map(([v, size, next]) => [...bytes('ID3'), v, 0, 0, 0, 0, 0, size, ...new Array(size).fill(0x41), ...next]),
);

describe('quick sniff agrees with file-type', () => {
  it('on every fixture', async () => {
    const fx = await fixtures();
    let answered = 0;
    for (const e of fx.catalog) {
      const b = new Uint8Array(await readFile(fx.path(e.file)));
      if (await quickSniff(mem(b), b.length)) answered++;
      expect(await compare(b), e.file).toBeNull();
    }
    expect(answered).toBeGreaterThan(20);
  });

  it('on random bytes behind each signature, with other signatures planted', async () => {
    const bad: string[] = [];
    let answered = 0;
    const runs = Number(process.env.SNIFF_FUZZ ?? 1500);
    for (const [head, rest, planted] of fc.sample(fc.tuple(heads, tail, plants), { numRuns: runs, seed: 11 })) {
      const b = Uint8Array.from([...head, ...rest]);
      const at = head[0] === 0x49 && head[1] === 0x44 ? 10 + head[9] : 0; // plants sit behind the ID3 tag
      for (const [o, sig] of planted) for (let i = 0; i < sig.length && at + o + i < b.length; i++) b[at + o + i] = sig[i];
      if (await quickSniff(mem(b), b.length)) answered++;
      const d = await compare(b);
      if (d) bad.push(`${Buffer.from(b.subarray(0, 16)).toString('hex')}… (${b.length} bytes): ${d}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(answered).toBeGreaterThan(runs / 4);
  });

  it('on a tar header behind an MP3 frame sync (file-type says tar)', async () => {
    const b = new Uint8Array(1024);
    b.set([0xff, 0xfb, 0x90, 0x64]);
    let sum = 8 * 0x20;
    for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += b[i];
    b.set(bytes(sum.toString(8).padStart(6, '0')), 148);
    expect(await quickSniff(mem(b), b.length)).toBeNull();
    expect((await fileTypeFromBuffer(b))?.ext).toBe('tar');
  });
});
