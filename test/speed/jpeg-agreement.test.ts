import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastJpegFacts } from '../../src/probes/fast/jpeg.js';
import { fixtures } from '../helpers/fixtures.js';
import { ffmpeg, tempDir } from '../probes/media.js';

// The in-process JPEG reader must give what sharp's header-only metadata gives (size as displayed,
// EXIF orientation), or doubt the file (then the probe asks sharp). Real encoders, hand-made header
// variants, and seeded mutations of the header region.
const tmp = await tempDir();
afterAll(() => tmp.cleanup());

interface Outcome {
  fast: Awaited<ReturnType<typeof fastJpegFacts>>;
  sharp: { width: number; height: number; rotation: number | null } | { error: string };
}

const mem = (b: Uint8Array) => ({ id: 'mem', name: 'x.jpg', size: async () => b.length, read: async (o: number, l: number) => b.slice(o, o + l) });

async function viaSharp(b: Uint8Array): Promise<Outcome['sharp']> {
  const read = (opts?: { limitInputPixels: false }) => sharp(b, opts).metadata();
  try {
    const m = await read().catch((e: Error) => (/exceeds pixel limit/i.test(e.message) ? read({ limitInputPixels: false }) : Promise.reject(e)));
    return { width: m.autoOrient.width, height: m.autoOrient.height, rotation: m.orientation ?? null };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

async function outcome(b: Uint8Array): Promise<Outcome> {
  return { fast: await fastJpegFacts(mem(b), b.length), sharp: await viaSharp(b) };
}

/** When the reader answers, sharp must read the same header. */
function agrees(o: Outcome): string | null {
  if (!o.fast.ok) return null;
  if ('error' in o.sharp) return `fast read ${JSON.stringify(o.fast.facts)}; sharp failed: ${o.sharp.error}`;
  return JSON.stringify(o.fast.facts) === JSON.stringify(o.sharp) ? null : `fast ${JSON.stringify(o.fast.facts)} != sharp ${JSON.stringify(o.sharp)}`;
}

const raw = (w: number, h: number, seed: number) => {
  const px = Buffer.alloc(w * h * 3);
  for (let i = 0; i < px.length; i++) px[i] = (i * (seed + 7) + (i >> 5)) & 255;
  return sharp(px, { raw: { width: w, height: h, channels: 3 } });
};

/** Encoder outputs and plain header variants: the reader must read these itself. */
const made = new Map<string, Uint8Array>();
/** Unusual headers: the reader may doubt them, but when it answers, sharp must agree. */
const odd = new Map<string, Uint8Array>();

/** A copy of `b` with `seg` (marker + payload) inserted after SOI, or after the first segment. */
function insertAfterSoi(b: Uint8Array, seg: number[]): Uint8Array {
  return Uint8Array.from([...b.subarray(0, 2), ...seg, ...b.subarray(2)]);
}
const segment = (marker: number, payload: number[]) => [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 255, ...payload];

/** An APP1 EXIF block with the given IFD0 entries ([tag, type, count, value]). */
function exifBlock(entries: [number, number, number, number][], order: 'II' | 'MM' = 'II'): number[] {
  const le = order === 'II';
  const u16 = (v: number) => (le ? [v & 255, v >> 8] : [v >> 8, v & 255]);
  const u32 = (v: number) => (le ? [v & 255, (v >> 8) & 255, (v >> 16) & 255, v >>> 24] : [v >>> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255]);
  const body = [...'Exif'].map((c) => c.charCodeAt(0)).concat([0, 0], [...order].map((c) => c.charCodeAt(0)), u16(42), u32(8), u16(entries.length));
  for (const [tag, type, count, value] of entries) body.push(...u16(tag), ...u16(type), ...u32(count), ...(type === 3 ? [...u16(value), 0, 0] : u32(value)));
  body.push(...u32(0));
  return segment(0xe1, body);
}

beforeAll(async () => {
  const base = raw(37, 23, 1);
  for (const orientation of [undefined, 1, 2, 3, 4, 5, 6, 7, 8]) {
    for (const progressive of [false, true]) {
      for (const chromaSubsampling of ['4:2:0', '4:4:4']) {
        const img = raw(37, 23, orientation ?? 0).jpeg({ progressive, chromaSubsampling });
        made.set(`o${orientation}-p${progressive}-${chromaSubsampling}`, await (orientation ? img.withMetadata({ orientation }) : img).toBuffer());
      }
    }
  }
  made.set('grey', await base.clone().greyscale().jpeg().toBuffer());
  made.set('cmyk', await base.clone().toColourspace('cmyk').jpeg().toBuffer());
  made.set('mozjpeg', await base.clone().jpeg({ mozjpeg: true }).toBuffer());
  made.set('q100', await base.clone().jpeg({ quality: 100 }).toBuffer());
  made.set('icc-p3', await base.clone().jpeg().withIccProfile('p3').toBuffer());
  made.set('exif-tags', await base.clone().jpeg().withExif({ IFD0: { Copyright: 'x', Artist: 'y', Software: 'z' } }).withMetadata({ orientation: 6 }).toBuffer());
  made.set('xmp', await base.clone().jpeg().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>').toBuffer());
  made.set('wide', await raw(4000, 3, 2).jpeg().toBuffer());
  for (const pix of ['yuvj420p', 'yuvj422p', 'yuvj444p', 'gray']) {
    const out = tmp.path(`ff-${pix}.jpg`);
    await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=161x97:rate=1', '-frames:v', '1', '-pix_fmt', pix, '-q:v', '3', out]);
    made.set(`ffmpeg-${pix}`, new Uint8Array(await readFile(out)));
  }
  const plain = await raw(40, 30, 3).jpeg().toBuffer(); // sharp keeps no metadata unless asked
  made.set('com', insertAfterSoi(plain, segment(0xfe, [...Buffer.from('a comment')])));
  made.set('dri', insertAfterSoi(plain, segment(0xdd, [0, 4])));
  made.set('fill-byte', insertAfterSoi(plain, [0xff]));
  made.set('exif-ii-o6', insertAfterSoi(plain, exifBlock([[0x0131, 2, 4, 0x00616161], [0x0112, 3, 1, 6]])));
  made.set('exif-mm-o5', insertAfterSoi(plain, exifBlock([[0x0112, 3, 1, 5]], 'MM')));
  made.set('exif-no-orientation', insertAfterSoi(plain, exifBlock([[0x0131, 2, 4, 0x00616161]])));
  odd.set('exif-long-orientation', insertAfterSoi(plain, exifBlock([[0x0112, 4, 1, 6]])));
  odd.set('exif-orientation-9', insertAfterSoi(plain, exifBlock([[0x0112, 3, 1, 9]])));
  odd.set('exif-orientation-0', insertAfterSoi(plain, exifBlock([[0x0112, 3, 1, 0]])));
  odd.set('exif-two-blocks', insertAfterSoi(plain, [...exifBlock([[0x0112, 3, 1, 6]]), ...exifBlock([[0x0112, 3, 1, 3]])]));
  odd.set('exif-two-entries', insertAfterSoi(plain, exifBlock([[0x0112, 3, 1, 6], [0x0112, 3, 1, 3]])));
  odd.set('jfif-2', insertAfterSoi(plain.subarray(2).at(1) === 0xe0 ? plain : plain, segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 2, 1, 0, 0, 1, 0, 1, 0, 0])));
  odd.set('sof3', Uint8Array.from(plain).map((v, i, a) => (a[i - 1] === 0xff && v === 0xc0 ? 0xc3 : v)));
}, 120_000);

describe('fast JPEG reader agrees with sharp', () => {
  it('reads every encoder output itself, with the facts sharp gives', async () => {
    const bad: string[] = [];
    for (const [name, b] of made) {
      const o = await outcome(b);
      if (!o.fast.ok) bad.push(`${name}: doubted (${o.fast.reason})`);
      const d = agrees(o);
      if (d) bad.push(`${name}: ${d}`);
    }
    expect(made.size).toBeGreaterThan(40);
    expect(bad).toEqual([]);
  });

  it('doubts or agrees on unusual headers', async () => {
    const bad: string[] = [];
    for (const [name, b] of odd) {
      const d = agrees(await outcome(b));
      if (d) bad.push(`${name}: ${d}`);
    }
    expect(bad).toEqual([]);
    // the point of these: the reader is not merely silent on them
    expect((await outcome(odd.get('exif-orientation-9')!)).fast.ok).toBe(false);
  });

  it('agrees on every JPEG fixture', async () => {
    const fx = await fixtures();
    for (const e of fx.catalog.filter((c) => /\.jpe?g$/.test(c.file))) {
      const b = new Uint8Array(await readFile(fx.path(e.file)));
      expect(agrees(await outcome(b)), e.file).toBeNull();
    }
  });

  it('answers only where sharp agrees, on seeded mutations of the header region', async () => {
    const bases = ['o6-ptrue-4:4:4', 'exif-tags', 'ffmpeg-yuvj422p', 'cmyk', 'exif-mm-o5'].map((n) => made.get(n)!);
    const runs = Number(process.env.JPEG_FUZZ ?? 250);
    const bad: string[] = [];
    let answered = 0;
    for (const [k, orig] of bases.entries()) {
      const sos = Buffer.from(orig).indexOf(Buffer.from([0xff, 0xda]));
      const header = sos + 16;
      const mutation = fc.oneof(
        fc.record({ kind: fc.constant('set' as const), at: fc.integer({ min: 0, max: header }), v: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 1, 0xff, 0xd8, 0xda, 0xc0, 0xc2, 0xe1)) }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.integer({ min: 0, max: header }), v: fc.constant(0) }),
        fc.record({ kind: fc.constant('drop' as const), at: fc.integer({ min: 0, max: header }), v: fc.constant(0) }),
        fc.record({ kind: fc.constant('add' as const), at: fc.integer({ min: 0, max: header }), v: fc.integer({ min: 0, max: 255 }) }),
      );
      for (const muts of fc.sample(fc.array(mutation, { minLength: 1, maxLength: 3 }), { numRuns: runs, seed: 7 + k })) {
        let b: Uint8Array = Uint8Array.from(orig);
        for (const m of muts) {
          const at = Math.min(m.at, b.length);
          if (m.kind === 'set' && at < b.length) b[at] = m.v;
          else if (m.kind === 'cut') b = b.slice(0, at);
          else if (m.kind === 'drop') b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + 1)]);
          else if (m.kind === 'add') b = Uint8Array.from([...b.subarray(0, at), m.v, ...b.subarray(at)]);
        }
        const o = await outcome(b);
        if (o.fast.ok) answered++;
        const d = agrees(o);
        if (d) bad.push(`base ${k} ${JSON.stringify(muts)}: ${d}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
    // not a reader that doubts everything: changes to table values and EXIF bytes stay readable
    expect(answered).toBeGreaterThan((bases.length * runs) / 20);
  }, 120_000);
});
