import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { bundledFfmpegPath } from '../../src/lib/binaries.js';
import { readVersion, selectFfmpeg } from '../../src/media/select.js';
import type { FixReport } from '../../src/fixer/types.js';
import { tempDir } from './helpers.js';
import { FFMPEGS } from './ffmpegs.js';

/** Which ffmpeg the fixer runs, with the real binaries of this machine placed on a test PATH. */
const bundled = bundledFfmpegPath();
const system = FFMPEGS.find((f) => f.path !== bundled)?.path;

async function pathWith(target: string): Promise<string> {
  const dir = join(await tempDir('path'), 'bin');
  await mkdir(dir);
  await symlink(target, join(dir, 'ffmpeg'));
  return dir;
}

describe('selectFfmpeg', () => {
  it('nothing on PATH: the bundled build', () => {
    expect(selectFfmpeg(undefined, { PATH: '' })).toMatchObject({ path: bundled, from: 'bundled', version: readVersion(bundled)!.version });
  });

  it('the same build on PATH as bundled: the one on PATH (a tie keeps the machine\'s own)', async () => {
    const dir = await pathWith(bundled);
    expect(selectFfmpeg(undefined, { PATH: dir })).toMatchObject({ path: join(dir, 'ffmpeg'), from: 'path' });
  });

  it.skipIf(!system)('a newer ffmpeg on PATH wins over the 2018 bundled build, wherever it is in PATH', async () => {
    const older = await pathWith(bundled);
    const newer = await pathWith(system!);
    for (const PATH of [`${older}:${newer}`, `${newer}:${older}`]) {
      const pick = selectFfmpeg(undefined, { PATH });
      expect(pick).toMatchObject({ path: join(newer, 'ffmpeg'), from: 'path' });
      expect(pick.libavutil[0]).toBeGreaterThan(readVersion(bundled)!.libavutil[0]);
    }
  });

  it('SEEDANCE_PREFLIGHT_FFMPEG wins even over a newer one; so does the library option', async () => {
    const PATH = system ? await pathWith(system) : '';
    expect(selectFfmpeg(undefined, { PATH, SEEDANCE_PREFLIGHT_FFMPEG: bundled })).toMatchObject({ path: bundled, from: 'env' });
    expect(selectFfmpeg(bundled, { PATH })).toMatchObject({ path: bundled, from: 'option' });
  });

  it('a PATH entry that is not ffmpeg is passed over', async () => {
    const dir = join(await tempDir('path'), 'bin');
    await mkdir(dir);
    await writeFile(join(dir, 'ffmpeg'), '#!/bin/sh\necho not ffmpeg\n');
    await chmod(join(dir, 'ffmpeg'), 0o755);
    expect(selectFfmpeg(undefined, { PATH: dir })).toMatchObject({ path: bundled, from: 'bundled' });
  });
});

describe('fix names its ffmpeg', () => {
  const withEnv = async <T>(value: string, f: () => Promise<T>): Promise<T> => {
    const had = process.env.SEEDANCE_PREFLIGHT_FFMPEG;
    process.env.SEEDANCE_PREFLIGHT_FFMPEG = value;
    try {
      return await f();
    } finally {
      if (had === undefined) delete process.env.SEEDANCE_PREFLIGHT_FFMPEG;
      else process.env.SEEDANCE_PREFLIGHT_FFMPEG = had;
    }
  };

  it('--verbose prints the version, the path and why; --format json carries the same', async () => {
    const out = join(await tempDir('sel'), 'fixed');
    const version = readVersion(bundled)!.version;
    const pretty = await withEnv(bundled, () => run(['fix', 'fixtures/sample/slow.mp4', '--out', out, '--dry-run', '--verbose', '--no-color']));
    expect(pretty.stdout.split('\n')[0]).toBe(`ffmpeg ${version} at ${bundled} (from SEEDANCE_PREFLIGHT_FFMPEG)`);
    const json = JSON.parse((await withEnv(bundled, () => run(['fix', 'fixtures/sample/slow.mp4', '--out', out, '--dry-run', '--format', 'json']))).stdout) as FixReport;
    expect(json.ffmpeg).toEqual({ path: bundled, version, from: 'env' });
    const quiet = await withEnv(bundled, () => run(['fix', 'fixtures/sample/slow.mp4', '--out', out, '--dry-run', '--no-color']));
    expect(quiet.stdout).not.toMatch(/^ffmpeg /m);
  });

  it('SEEDANCE_PREFLIGHT_FFMPEG naming something that is not ffmpeg: exit 2, saying what to change', async () => {
    const r = await withEnv('/bin/true', () => run(['fix', 'fixtures/sample/slow.mp4', '--out', 'x', '--dry-run']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SEEDANCE_PREFLIGHT_FFMPEG=\/bin\/true does not run as ffmpeg/);
    expect(r.stderr).toMatch(/unset it/);
  });
});
