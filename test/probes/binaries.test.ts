import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExecutable, ffmpegPath, ffprobePath } from '../../src/lib/binaries.js';
import { tempDir } from './media.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.cleanup());

describe('binaries', () => {
  it('resolves ffprobe and ffmpeg to binaries that run', () => {
    expect(execFileSync(ffprobePath(), ['-version'], { encoding: 'utf8' })).toMatch(/^ffprobe version/);
    expect(execFileSync(ffmpegPath(), ['-version'], { encoding: 'utf8' })).toMatch(/^ffmpeg version/);
  });

  it('makes a file without the execute bit executable (npm skipped the postinstall chmod)', async () => {
    const p = tmp.path('tool');
    await writeFile(p, '#!/bin/sh\necho ran\n');
    await chmod(p, 0o644);
    expect(() => accessSync(p, constants.X_OK)).toThrow();
    expect(ensureExecutable(p, tmp.path('copies'))).toBe(p);
    expect(statSync(p).mode & 0o111).not.toBe(0);
    expect(execFileSync(p, { encoding: 'utf8' })).toBe('ran\n');
  });

  it('says which file and the command to fix it when nothing works', () => {
    const missing = tmp.path('gone/ffprobe');
    expect(() => ensureExecutable(missing, tmp.path('copies'))).toThrow(`chmod 755 "${missing}"`);
  });
});
