import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, chownSync, constants, existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executablePath, ffmpegPath, ffprobePath, privateBinDirs, privateCopy } from '../../src/lib/binaries.js';
import { tempDir } from './media.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.cleanup());

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** A tool that prints its name, and an impostor of the same size that leaves a marker file when run. */
async function toolAndImpostor(name: string) {
  const tool = tmp.path(`${name}-src`);
  const marker = tmp.path(`${name}-PWNED`);
  const good = '#!/bin/sh\necho genuine\n';
  const evil = `#!/bin/sh\ntouch ${marker}\n`.padEnd(good.length, '#');
  await writeFile(tool, good.padEnd(evil.length, '#'));
  await chmod(tool, 0o644);
  return { tool, marker, evil: evil.padEnd(good.length, '#') };
}

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
    expect(executablePath(p, tmp.path('copies'))).toBe(p);
    expect(statSync(p).mode & 0o111).not.toBe(0);
    expect(execFileSync(p, { encoding: 'utf8' })).toBe('ran\n');
  });

  it('says which file and the command to fix it when nothing works', () => {
    const missing = tmp.path('gone/ffprobe');
    expect(() => executablePath(missing, tmp.path('copies'))).toThrow(`chmod 755 "${missing}"`);
  });

  it('never copies into the old shared /tmp/seedance-preflight-bin/', () => {
    const dirs = privateBinDirs({ XDG_CACHE_HOME: '/home/u/.cache' });
    expect(dirs[0]).toBe('/home/u/.cache/seedance-preflight/bin');
    expect(dirs).not.toContain(join(tmpdir(), 'seedance-preflight-bin'));
    expect(dirs.at(-1)).toBe(join(tmpdir(), `seedance-preflight-${process.getuid!()}`));
  });
});

describe('privateCopy: a planted file is never run', () => {
  it('copies into a new folder made 0700, and the copy is the source byte for byte', async () => {
    const { tool } = await toolAndImpostor('fresh');
    const dir = tmp.path('fresh-copies');
    const copy = privateCopy(tool, dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(sha(copy)).toBe(sha(tool));
    expect(execFileSync(copy, { encoding: 'utf8' })).toBe('genuine\n');
    // the second run reuses it
    expect(privateCopy(tool, dir)).toBe(copy);
  });

  it('a same-size impostor at the exact name of the copy is replaced, not executed', async () => {
    const { tool, marker, evil } = await toolAndImpostor('planted');
    const dir = tmp.path('planted-copies');
    const first = privateCopy(tool, dir);
    await writeFile(first, evil);
    await chmod(first, 0o700);
    expect(statSync(first).size).toBe(statSync(tool).size);
    const copy = privateCopy(tool, dir);
    expect(sha(copy)).toBe(sha(tool));
    expect(execFileSync(copy, { encoding: 'utf8' })).toBe('genuine\n');
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a folder that is a symbolic link', async () => {
    const { tool } = await toolAndImpostor('symlinked');
    const real = tmp.path('elsewhere');
    mkdirSync(real, { mode: 0o700 });
    symlinkSync(real, tmp.path('link-copies'));
    expect(() => privateCopy(tool, tmp.path('link-copies'))).toThrow(/not a plain folder/);
  });

  it('tightens a folder of its own that others could enter to 0700', async () => {
    const { tool } = await toolAndImpostor('loose');
    const dir = tmp.path('loose-copies');
    mkdirSync(dir, { mode: 0o777 });
    await chmod(dir, 0o777);
    privateCopy(tool, dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it.skipIf(process.getuid?.() !== 0)('refuses a folder another user owns (root only: it can make one)', async () => {
    const { tool, marker, evil } = await toolAndImpostor('foreign');
    const dir = tmp.path('foreign-copies');
    mkdirSync(dir, { mode: 0o777 });
    const shaName = `${sha(tool).slice(0, 16)}-${'foreign-src'}`;
    await writeFile(join(dir, shaName), evil, { mode: 0o755 });
    chownSync(join(dir, shaName), 65534, 65534);
    chownSync(dir, 65534, 65534);
    expect(() => privateCopy(tool, dir)).toThrow(/belongs to another user/);
    expect(existsSync(marker)).toBe(false);
  });
});
