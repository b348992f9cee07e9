import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { PreflightEnvironmentError } from '../../errors.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { AssetReport } from '../../types.js';
import { ffmpeg, fileInput } from './run-ffmpeg.js';
import type { Picture, Thumb } from './types.js';

/** Longest side of a preview or poster (shown at about half that on a 2x screen). */
const PREVIEW_PX = 480;
const FRAME_PX = 128;
const FRAMES = 5;
/** Waveform columns, and how much sound is read at most. */
const COLUMNS = 160;
const MAX_AUDIO_SEC = 600;
const AUDIO_RATE = 22_050;
export const THUMB_TIMEOUT_MS = 20_000;

const dataUri = (mime: string, buf: Buffer) => `data:${mime};base64,${buf.toString('base64')}`;

async function picture(buf: Buffer, mime: string): Promise<Picture> {
  const m = await sharp(buf).metadata();
  return { src: dataUri(mime, buf), width: m.width ?? 0, height: m.height ?? 0 };
}

/** A thumbnail and whether it may be cached (not after a timeout, which may pass next time). */
export interface ThumbResult {
  thumb: Thumb;
  cacheable: boolean;
}

/** Images: sharp (EXIF orientation applied), else one frame through ffmpeg (formats sharp cannot read). */
async function imageThumb(file: string): Promise<ThumbResult> {
  try {
    const { data, info } = await sharp(file, { failOn: 'none', animated: false })
      .timeout({ seconds: THUMB_TIMEOUT_MS / 1000 })
      .rotate()
      .resize(PREVIEW_PX, PREVIEW_PX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer({ resolveWithObject: true });
    return { thumb: { preview: { src: dataUri('image/webp', data), width: info.width, height: info.height } }, cacheable: true };
  } catch (e) {
    const why = `could not decode the image (${(e as Error).message.split('\n')[0]})`;
    // Past sharp's pixel limit ffmpeg would decode it all in memory: no fallback there.
    if (/pixel limit/i.test(why)) return { thumb: { error: why }, cacheable: true };
    const grab = await frameGrab(file, [undefined], [PREVIEW_PX]);
    return { thumb: grab.pictures[0] ? { preview: grab.pictures[0] } : { error: why }, cacheable: !grab.timedOut };
  }
}

/** Square pixels, then fit inside px×px without enlarging. */
const scale = (px: number) => `scale=iw*sar:ih,setsar=1,scale='min(${px},iw)':'min(${px},ih)':force_original_aspect_ratio=decrease`;

/** One JPEG per seek time (undefined: the first frame), all from one ffmpeg run; null where none came out. */
async function frameGrab(file: string, seeks: (number | undefined)[], sizes: number[]): Promise<{ pictures: (Picture | null)[]; timedOut: boolean }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sp-thumb-'));
  const out = (i: number) => path.join(dir, `f${i}.jpg`);
  try {
    const args = seeks.flatMap((t) => fileInput(file, t));
    seeks.forEach((_, i) => args.push('-map', `${i}:v:0`, '-frames:v', '1', '-vf', scale(sizes[i]), '-q:v', '5', '-y', out(i)));
    const r = await ffmpeg(args, THUMB_TIMEOUT_MS);
    const pictures = await Promise.all(
      seeks.map(async (_, i) => {
        const buf = await readFile(out(i)).catch(() => null);
        return buf?.length ? picture(buf, 'image/jpeg').catch(() => null) : null;
      }),
    );
    return { pictures, timedOut: r.timedOut };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Videos: a poster frame (at a tenth of the length) and a strip of frames spread over the clip. */
async function videoThumb(file: string, duration: number | null): Promise<ThumbResult> {
  const d = duration && duration > 0 ? duration : null;
  const at = d ? Array.from({ length: FRAMES }, (_, i) => ((i + 0.5) * d) / FRAMES) : [];
  const grab = await frameGrab(file, [d ? d * 0.1 : undefined, ...at], [PREVIEW_PX, ...at.map(() => FRAME_PX)]);
  const [poster, ...strip] = grab.pictures;
  const frames = at.flatMap((t, i) => (strip[i] ? [{ ...strip[i]!, at: Number(t.toFixed(3)) }] : []));
  const thumb: Thumb = !poster && !frames.length
    ? { error: 'ffmpeg could not decode a frame' }
    : { ...(poster ? { preview: poster } : {}), ...(frames.length ? { frames } : {}) };
  return { thumb, cacheable: !grab.timedOut };
}

/** Audio: peak level per column from 16-bit mono PCM decoded by ffmpeg. */
async function audioThumb(file: string): Promise<ThumbResult> {
  const block = Math.round(AUDIO_RATE / 50);
  const blocks: number[] = [];
  let peak = 0;
  let inBlock = 0;
  let carry: Buffer | null = null;
  const r = await ffmpeg(
    [...fileInput(file), '-map', '0:a:0', '-t', String(MAX_AUDIO_SEC), '-ac', '1', '-ar', String(AUDIO_RATE), '-f', 's16le', '-acodec', 'pcm_s16le', 'pipe:1'],
    THUMB_TIMEOUT_MS,
    (chunk) => {
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const even = buf.length - (buf.length % 2);
      for (let o = 0; o < even; o += 2) {
        peak = Math.max(peak, Math.abs(buf.readInt16LE(o)));
        if (++inBlock === block) blocks.push(peak / 32768), (peak = 0), (inBlock = 0);
      }
      carry = even < buf.length ? buf.subarray(even) : null;
    },
  );
  if (inBlock) blocks.push(peak / 32768);
  if (!blocks.length) return { thumb: { error: r.ok ? 'no sound decoded' : `ffmpeg could not decode the audio (${r.detail})` }, cacheable: !r.timedOut };
  const seconds = (blocks.length - (inBlock ? 1 : 0)) / 50 + inBlock / AUDIO_RATE;
  const cols = Math.min(COLUMNS, blocks.length);
  const peaks = Array.from({ length: cols }, (_, c) => {
    const from = Math.floor((c * blocks.length) / cols);
    const to = Math.max(from + 1, Math.floor(((c + 1) * blocks.length) / cols));
    return Number(Math.max(...blocks.slice(from, to)).toFixed(3));
  });
  return { thumb: { waveform: { peaks, seconds: Number(seconds.toFixed(3)) } }, cacheable: !r.timedOut };
}

/** The thumbnail of one local asset; every failure is a Thumb with `error`, never a throw. */
export async function thumbFor(asset: AssetReport, file: string): Promise<ThumbResult> {
  const reason = asset.facts.failure?.reason;
  if (reason === 'empty' || reason === 'not_a_file') return { thumb: { error: `the file is ${reason.replace('_', ' ')}` }, cacheable: true };
  try {
    switch (asset.kind) {
      case 'image': return await imageThumb(file);
      // An mp4 with sound only (video.no_video_stream) is shown by its sound.
      case 'video': return asset.facts.hasVideoStream === false && asset.facts.hasAudioStream ? await audioThumb(file) : await videoThumb(file, asset.facts.durationSec);
      case 'audio': return await audioThumb(file);
      default: return { thumb: { error: 'not an image, video or audio file' }, cacheable: true };
    }
  } catch (e) {
    // a broken ffmpeg is the machine's fault, not this file's: the run stops once with it
    if (e instanceof PreflightEnvironmentError) throw e;
    return { thumb: { error: `no preview (${(e as Error).message.split('\n')[0]})` }, cacheable: false };
  }
}
