import { statSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { carry } from '../../src/fixer/carry.js';
import { selectFfmpeg } from '../../src/media/select.js';
import type { FixReport } from '../../src/fixer/types.js';
import { snapshot, tempDir } from './helpers.js';

/**
 * `fix shoot/request.json --out shootfixed` as a user runs it (the built CLI, a real process): the new
 * manifest names only files under --out, unchanged ones hard-linked there, and the tool's own lint
 * passes it with --max-warnings 0 from any working directory.
 */
const ffmpeg = selectFfmpeg();

async function shoot(): Promise<string> {
  const root = await tempDir('shoot');
  await cp('fixtures/sample', join(root, 'shoot'), { recursive: true });
  const body = JSON.parse(await readFile(join(root, 'shoot/request.json'), 'utf8'));
  // two images and two videos, each named in the prompt; one of each needs a fix
  body.image_urls = ['good.jpg', 'too-wide.jpg'];
  body.video_urls = ['clip.mp4', 'slow.mp4'];
  body.prompt = 'Image 1 is the first frame and image 2 the backdrop; follow the camera move of video 1, the pace of video 2, and cut to the beat of audio 1.';
  await writeFile(join(root, 'shoot/request.json'), JSON.stringify(body, null, 2));
  return root;
}

describe(`a fixed manifest is self-contained (ffmpeg ${ffmpeg.version}, ${ffmpeg.from})`, () => {
  it('every file it names is under --out (unchanged ones hard-linked); lint OUT/request.json --max-warnings 0 passes', async () => {
    const root = await shoot();
    const before = await snapshot(join(root, 'shoot'));
    const r = await runBin(['fix', 'shoot/request.json', '--out', 'shootfixed', '--format', 'json', '--preset', 'ultrafast'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as FixReport;
    expect(report.ffmpeg).toMatchObject({ path: ffmpeg.path, version: ffmpeg.version });
    const manifest = report.fixed.find((f) => f.source.endsWith('request.json'))!;
    expect(manifest.actions.map((a) => a.type === 'repoint' && [a.index, a.kind, a.file, a.placed ?? null])).toEqual([
      [0, 'image', 'unchanged', 'link'],
      [1, 'image', 'fixed', null],
      [0, 'video', 'unchanged', 'link'],
      [1, 'video', 'fixed', null],
      [0, 'audio', 'unchanged', 'link'],
    ]);

    const written = JSON.parse(await readFile(join(root, 'shootfixed/request.json'), 'utf8'));
    expect([...written.image_urls, ...written.video_urls, ...written.audio_urls]).toEqual(['good.jpg', 'too-wide.jpg', 'clip.mp4', 'slow.mp4', 'music.mp3']);
    expect((await readdir(join(root, 'shootfixed'))).sort()).toEqual(['clip.mp4', 'good.jpg', 'music.mp3', 'request.json', 'slow.mp4', 'too-wide.jpg']);
    // the unchanged files are the inputs' own bytes, by hard link
    for (const name of ['good.jpg', 'clip.mp4', 'music.mp3']) {
      expect((await stat(join(root, 'shootfixed', name))).ino).toBe((await stat(join(root, 'shoot', name))).ino);
    }
    expect(await snapshot(join(root, 'shoot'))).toEqual(before);

    for (const cwd of [root, join(root, 'shootfixed')]) {
      const manifestPath = cwd === root ? 'shootfixed/request.json' : 'request.json';
      const lint = await runBin(['lint', manifestPath, '--max-warnings', '0', '--format', 'json'], { cwd });
      const codes = (JSON.parse(lint.stdout) as { requests?: { problems: { code: string }[] }[]; assets: { problems: { code: string }[] }[] });
      expect([...(codes.requests ?? []), ...codes.assets].flatMap((x) => x.problems.map((p) => p.code))).toEqual([]);
      expect(lint.code).toBe(0);
    }
    // the folder moves as one: a copy elsewhere still lints clean
    const moved = join(await tempDir('moved'), 'elsewhere');
    await cp(join(root, 'shootfixed'), moved, { recursive: true });
    expect((await runBin(['lint', join(moved, 'request.json'), '--max-warnings', '0'])).code).toBe(0);
  });

  it('a dry run plans the same links and writes nothing', async () => {
    const root = await shoot();
    const before = await snapshot(root);
    const r = await runBin(['fix', 'shoot/request.json', '--out', 'shootfixed', '--format', 'json', '--dry-run'], { cwd: root });
    const report = JSON.parse(r.stdout) as FixReport;
    const manifest = report.fixed.find((f) => f.source.endsWith('request.json'))!;
    expect(manifest.actions.filter((a) => a.type === 'repoint' && a.file === 'unchanged')).toHaveLength(3);
    expect(await snapshot(root)).toEqual(before);
  });
});

describe('carry: a hard link, or a copy across file systems', () => {
  it('same file system: a hard link (same inode)', async () => {
    const dir = await tempDir('carry');
    await writeFile(join(dir, 'a.bin'), 'abc');
    expect(await carry(join(dir, 'a.bin'), join(dir, 'b.bin'))).toBe('link');
    expect((await stat(join(dir, 'b.bin'))).ino).toBe((await stat(join(dir, 'a.bin'))).ino);
  });

  // /dev/shm is a tmpfs on Linux: another device than the temp folder on most machines, this one included
  const shm = (() => {
    try {
      return statSync('/dev/shm').isDirectory() && statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
    } catch {
      return false;
    }
  })();
  it.skipIf(!shm)('another device: a copy with the same bytes', async () => {
    const src = await mkdtemp('/dev/shm/fixer-carry-');
    await writeFile(join(src, 'a.bin'), 'abc');
    const dir = await tempDir('carry');
    expect(await carry(join(src, 'a.bin'), join(dir, 'a.bin'))).toBe('copy');
    expect(await readFile(join(dir, 'a.bin'), 'utf8')).toBe('abc');
    expect(await readdir(dir)).toEqual(['a.bin']);
  });
});

