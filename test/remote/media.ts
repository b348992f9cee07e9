import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';

const run = promisify(execFile);
const ffmpeg: string = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg').path;

/** Real media for the HTTP tests, made fresh in a temp dir. */
export interface Media {
  dir: string;
  /** ~5 MB H.264 MP4 with the moov box at the end (ffmpeg's default layout). */
  video: string;
  /** 1600x1200 JPEG. */
  image: string;
  /** 3 s MP3. */
  audio: string;
  /** 0 bytes. */
  empty: string;
  cleanup(): Promise<void>;
}

export async function makeMedia(): Promise<Media> {
  const dir = await mkdtemp(join(tmpdir(), 'remote-media-'));
  const video = join(dir, 'moov-at-end.mp4');
  const image = join(dir, 'photo.jpg');
  const audio = join(dir, 'tone.mp3');
  const empty = join(dir, 'empty.bin');
  const quiet = ['-hide_banner', '-loglevel', 'error', '-y'];
  await Promise.all([
    run(ffmpeg, [...quiet, '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30', '-t', '4', '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '10M', '-pix_fmt', 'yuv420p', video]),
    run(ffmpeg, [...quiet, '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-c:a', 'libmp3lame', '-b:a', '128k', audio]),
    sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg({ quality: 80 })
      .toFile(image),
    writeFile(empty, ''),
  ]);
  return { dir, video, image, audio, empty, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
