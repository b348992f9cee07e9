import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../src/probes/integrity/index.js';
import { fileSource } from '../../src/probes/source.js';

const dir = join(import.meta.dirname, '../../fixtures/sample');
const integrity = (name: string, format: string) => checkIntegrity(fileSource(join(dir, name)), format);

describe('fixtures/sample (the README demo folder)', () => {
  test('stays small enough to commit', async () => {
    let total = 0;
    for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
    expect(total).toBeLessThan(1.5e6);
  });

  test('images are the sizes the demo describes', async () => {
    const dims = async (name: string) => {
      const m = await sharp(join(dir, name)).metadata();
      return [m.format, m.width, m.height];
    };
    expect(await dims('good.jpg')).toEqual(['jpeg', 1024, 768]);
    expect(await dims('too-small.png')).toEqual(['png', 200, 200]);
    expect(await dims('too-wide.jpg')).toEqual(['jpeg', 900, 300]);
    expect(await dims('photo-really-png.jpg')).toEqual(['png', 640, 480]);
  });

  test('sound files pass the structural check and the broken one does not', async () => {
    for (const [name, format] of [['good.jpg', 'jpeg'], ['good.png', 'png'], ['clip.mp4', 'mp4'], ['music.mp3', 'mp3'],
      ['slow.mp4', 'mp4'], ['long.wav', 'wav'], ['photo-really-png.jpg', 'png']]) {
      expect(await integrity(name, format), name).toBeNull();
    }
    expect((await integrity('truncated.png', 'png'))?.reason).toBe('truncated');
    expect((await integrity('notes-really-text.mp4', 'mp4'))?.reason).toBe('corrupt');
  });
});
