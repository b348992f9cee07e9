import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../src/probes/integrity/index.js';
import { type Fixtures, fixtures } from '../helpers/fixtures.js';
import { cat, id3v2, mp3Frames } from './build.js';
import { memory } from './sources.js';

let fx: Fixtures;
beforeAll(async () => {
  fx = await fixtures();
});
const load = (name: string) => readFile(fx.path(name));
const reason = async (bytes: Uint8Array, format: string) => (await checkIntegrity(memory(bytes), format))?.reason ?? null;

describe('JPEG', () => {
  test('bytes after EOI and a Samsung SEFT trailer are tolerated', async () => {
    const jpg = await load('images/ok-640x480.jpg');
    expect(await reason(cat(jpg, Buffer.alloc(300, 0)), 'jpeg')).toBeNull();
    const cut = jpg.subarray(0, jpg.length - 2);
    expect(await reason(cut, 'jpeg')).toBe('truncated');
    expect(await reason(cat(cut, Buffer.alloc(64), 'SEFT'), 'jpeg')).toBeNull();
  });

  test('a motion photo (video appended after EOI, named in XMP) is not called truncated', async () => {
    const jpg = await load('images/ok-640x480.jpg');
    const xmpBody = cat('http://ns.adobe.com/xap/1.0/\0', '<x:xmpmeta><rdf:Description GCamera:MotionPhoto="1"/></x:xmpmeta>');
    const app1 = cat([0xff, 0xe1, (xmpBody.length + 2) >> 8, (xmpBody.length + 2) & 0xff], xmpBody);
    const withXmp = cat(jpg.subarray(0, 2), app1, jpg.subarray(2));
    const video = Buffer.alloc(40_000, 0x11);
    expect(await reason(cat(withXmp, video), 'jpeg')).toBeNull();
    // the same bytes without the XMP word are a cut file as far as the tail can tell
    expect(await reason(cat(jpg.subarray(0, jpg.length - 2), video), 'jpeg')).toBe('truncated');
  });

  test('no SOI, EOI before the scan, a segment past the end', async () => {
    expect(await reason(Buffer.from('GIF89a....'), 'jpeg')).toBe('corrupt');
    expect(await reason(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'jpeg')).toBe('corrupt');
    expect(await reason(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x40, 0x00, 1, 2, 3]), 'jpeg')).toBe('truncated');
    expect(await reason(Buffer.from([0xff, 0xd8, 0x12, 0x34, 0, 0]), 'jpeg')).toBe('corrupt');
    expect(await reason(Buffer.from([0xff, 0xd8]), 'jpeg')).toBe('truncated');
  });

  test('an EOI inside an EXIF thumbnail does not hide a cut main image', async () => {
    const o6 = await load('images/exif-o6-800x400.jpg');
    const thumbish = cat('Exif\0\0', [0xff, 0xd8, 0xff, 0xd9]);
    const app1 = cat([0xff, 0xe1, 0, thumbish.length + 2], thumbish);
    const cutMain = cat(o6.subarray(0, 2), app1, o6.subarray(2, Math.floor(o6.length * 0.8)));
    expect(await reason(cutMain, 'jpeg')).toBe('truncated');
  });
});

describe('PNG', () => {
  test('data after IEND is tolerated; a bad IHDR checksum is corrupt; a short head is truncated', async () => {
    const png = await load('images/side-300x300.png');
    expect(await reason(cat(png, 'trailing'), 'png')).toBeNull();
    const bad = Buffer.from(png);
    bad[20] ^= 0xff;
    expect(await reason(bad, 'png')).toBe('corrupt');
    expect(await reason(png.subarray(0, 20), 'png')).toBe('truncated');
    expect(await reason(png.subarray(0, 5), 'png')).toBe('truncated');
    expect(await reason(png.subarray(0, png.length - 1), 'png')).toBe('truncated');
  });
});

describe('MP3', () => {
  test('frames that end exactly at the end pass, with or without ID3v1 and APE tags', async () => {
    const frames = mp3Frames(30);
    expect(await reason(frames, 'mp3')).toBeNull();
    expect(await reason(cat(id3v2(100), frames), 'mp3')).toBeNull();
    const id3v1 = cat('TAG', Buffer.alloc(125));
    expect(await reason(cat(id3v2(100), frames, id3v1), 'mp3')).toBeNull();
    const apeFooter = Buffer.alloc(32);
    apeFooter.write('APETAGEX', 0, 'latin1');
    apeFooter.writeUInt32LE(2000, 8);
    apeFooter.writeUInt32LE(32 + 40, 12); // items + footer
    expect(await reason(cat(frames, Buffer.alloc(40, 0x41), apeFooter, id3v1), 'mp3')).toBeNull();
  });

  test('a cut last frame, or a cut frame header, is truncated', async () => {
    const frames = mp3Frames(30);
    expect(await reason(frames.subarray(0, frames.length - 10), 'mp3')).toBe('truncated');
    expect(await reason(frames.subarray(0, frames.length - 417 + 2), 'mp3')).toBe('truncated');
    expect(await reason(cat(id3v2(100), frames.subarray(0, 500)), 'mp3')).toBe('truncated');
  });

  test('trailing zeros or unknown bytes after whole frames are let be', async () => {
    expect(await reason(cat(mp3Frames(30), Buffer.alloc(500)), 'mp3')).toBeNull();
  });

  test('an ID3 tag that claims more than the file is truncated; no frames is corrupt', async () => {
    expect(await reason(cat(id3v2(10, 50_000), mp3Frames(2)), 'mp3')).toBe('truncated');
    expect(await reason(id3v2(100), 'mp3')).toBe('corrupt');
    expect(await reason(cat(id3v2(100), Buffer.alloc(5000, 0x20)), 'mp3')).toBe('corrupt');
  });

  test('the real mp3 fixtures pass whole and fail when cut mid-frame', async () => {
    for (const name of ['audio/mp3-cbr-5s.mp3', 'audio/mp3-vbr-noxing-6s.mp3', 'audio/mp3-vbr-xing-6s.mp3']) {
      const mp3 = await load(name);
      expect(await reason(mp3, 'mp3'), name).toBeNull();
      expect(await reason(mp3.subarray(0, mp3.length - 37), 'mp3'), name).toBe('truncated');
    }
  });
});

describe('never throws on bad bytes', () => {
  const SOUND = ['images/ok-640x480.jpg', 'images/side-300x300.png', 'images/ok-640x480.webp', 'videos/fps-24.mp4',
    'videos/moov-front.mp4', 'audio/wav-2.0s.wav', 'audio/mp3-cbr-5s.mp3'];
  const FORMAT: Record<string, string> = { jpg: 'jpeg', png: 'png', webp: 'webp', mp4: 'mp4', wav: 'wav', mp3: 'mp3' };
  const REASONS = new Set(['empty', 'truncated', 'corrupt']);

  test('every cut of a sound file is a failure (not mp3: a cut on a frame edge is a whole file)', async () => {
    for (const name of SOUND.filter((n) => !n.endsWith('.mp3'))) {
      const bytes = await load(name);
      const format = FORMAT[name.split('.').pop()!];
      for (let i = 0; i < 40; i++) {
        const at = Math.floor((bytes.length * i) / 40);
        const r = await checkIntegrity(memory(bytes.subarray(0, at)), format);
        expect(r && REASONS.has(r.reason), `${name} cut at ${at}`).toBe(true);
      }
    }
  });

  test('flipped bytes give null or a failure, never an exception', async () => {
    let seed = 12345;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    for (const name of SOUND) {
      const bytes = await load(name);
      const format = FORMAT[name.split('.').pop()!];
      for (let i = 0; i < 60; i++) {
        const copy = Buffer.from(bytes);
        // damage near the head, where the structure is
        for (let k = 0; k < 4; k++) copy[rnd(Math.min(copy.length, 2048))] = rnd(256);
        const r = await checkIntegrity(memory(copy), format);
        expect(r === null || REASONS.has(r.reason), name).toBe(true);
      }
    }
  });
});
