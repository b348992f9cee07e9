import { writeFile } from 'node:fs/promises';
import { ffmpeg } from '../probes/media.js';

/** One generated clip: ffmpeg arguments, or a remux of an earlier clip. */
export interface Clip {
  name: string;
  make(path: (name: string) => string): Promise<void>;
}

const video = (size: string, rate: string, seconds: number) => [
  '-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=${rate}:duration=${seconds}`,
];
const tone = (seconds: number, rate = 44100) => ['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=${rate}:duration=${seconds}`];
const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
/** veryfast has B-frames: ctts and an edit list, as phones and most encoders write. */
const x264b = ['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'];

const encode = (name: string, ...args: string[]): Clip => ({
  name,
  make: (p) => ffmpeg([...args, p(name)]),
});
const remux = (name: string, from: string, before: string[], after: string[]): Clip => ({
  name,
  make: (p) => ffmpeg([...before, '-i', p(from), '-c', 'copy', ...after, p(name)]),
});

/**
 * A varied set of MP4/MOV files for the agreement test, besides the fixtures: frame rates,
 * sizes, rotations, edit lists, codecs, track kinds and layouts. Order matters: remuxes follow
 * the clip they copy.
 */
export const clips: Clip[] = [
  encode('h264-24-aac.mp4', ...video('320x240', '24', 2), ...tone(2), ...x264, '-c:a', 'aac', '-shortest'),
  encode('h264-23.976-faststart.mp4', ...video('320x240', '24000/1001', 2), ...x264, '-movflags', '+faststart'),
  encode('h264-29.97.mp4', ...video('320x240', '30000/1001', 2), ...x264),
  encode('h264-60.mp4', ...video('320x240', '60', 2), ...x264),
  encode('h264-120.mp4', ...video('160x120', '120', 2), ...x264),
  encode('h264-25-bframes-aac.mp4', ...video('320x240', '25', 2), ...tone(2), ...x264b, '-c:a', 'aac', '-shortest'),
  encode('h264-30-bframes-15s.mp4', ...video('160x120', '30', 15), ...tone(15), ...x264b, '-c:a', 'aac', '-shortest'),
  encode('h264-odd-321x241.mp4', ...video('321x241', '24', 2), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p'),
  encode('h264-timescale600.mp4', ...video('320x240', '30', 2), ...x264, '-video_track_timescale', '600'),
  encode('h264-timescale600-2997.mp4', ...video('320x240', '30000/1001', 2), ...x264, '-video_track_timescale', '30000'),
  encode('vfr-gaps.mp4', ...video('320x240', '30', 3), '-vf', "select='not(mod(n\\,3))+lt(n\\,30)'", '-vsync', 'vfr', ...x264),
  encode('vfr-gaps-bframes.mp4', ...video('320x240', '30', 3), '-vf', "select='not(mod(n\\,2))+lt(n\\,40)'", '-vsync', 'vfr', ...x264b),
  encode('vfr-jitter.mp4', ...video('320x240', '30', 2), '-vf', "setpts='(N+0.4*random(0))/30/TB'", '-vsync', 'vfr', ...x264, '-video_track_timescale', '90000'),
  encode('vfr-two-rates.mp4', ...video('320x240', '30', 3), '-vf', "setpts='if(lt(N\\,30)\\,N/30\\,1+(N-30)/15)/TB'", '-vsync', 'vfr', ...x264),
  remux('rotate-90.mp4', 'h264-24-aac.mp4', [], ['-metadata:s:v:0', 'rotate=90']),
  remux('rotate-180.mp4', 'h264-24-aac.mp4', [], ['-metadata:s:v:0', 'rotate=180']),
  remux('rotate-270.mp4', 'h264-25-bframes-aac.mp4', [], ['-metadata:s:v:0', 'rotate=270']),
  remux('rotate-90.mov', 'h264-29.97.mp4', [], ['-metadata:s:v:0', 'rotate=90', '-f', 'mov']),
  remux('cut-start.mp4', 'h264-25-bframes-aac.mp4', ['-ss', '0.3'], []),
  remux('offset-video.mp4', 'h264-24-aac.mp4', ['-itsoffset', '0.5'], ['-map', '0:v']),
  {
    name: 'offset-audio.mp4',
    make: (p) => ffmpeg(['-i', p('h264-29.97.mp4'), '-itsoffset', '0.5', ...tone(1), '-map', '0:v', '-map', '1:a', '-c:v', 'copy', '-c:a', 'aac', p('offset-audio.mp4')]),
  },
  encode('audio-longer.mp4', ...video('320x240', '24', 2), ...tone(3), ...x264, '-c:a', 'aac'),
  encode('two-audio.mp4', ...video('320x240', '24', 2), ...tone(2), ...tone(2, 48000), '-map', '0', '-map', '1', '-map', '2', ...x264, '-c:a', 'aac'),
  encode('audio-only-aac.mp4', ...tone(2), '-c:a', 'aac'),
  encode('audio-only-mp3.mp4', ...tone(2), '-c:a', 'libmp3lame'),
  encode('audio-ac3.mp4', ...video('160x120', '24', 2), ...tone(2, 48000), ...x264, '-c:a', 'ac3'),
  encode('audio-opus.mp4', ...video('160x120', '24', 2), ...tone(2, 48000), ...x264, '-c:a', 'libopus', '-strict', '-2'),
  encode('audio-flac.mp4', ...video('160x120', '24', 2), ...tone(2), ...x264, '-c:a', 'flac', '-strict', '-2'),
  encode('still-1frame.mp4', ...video('320x240', '1', 1), ...x264),
  encode('hevc-hev1.mp4', ...video('160x120', '25', 2), '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error'),
  encode('hevc-hvc1-bframes.mp4', ...video('160x120', '30', 2), '-c:v', 'libx265', '-preset', 'fast', '-tag:v', 'hvc1', '-x265-params', 'log-level=error'),
  encode('vp9.mp4', ...video('160x120', '24', 1), '-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-strict', '-2'),
  encode('mpeg4-part2.mp4', ...video('320x240', '25', 2), '-c:v', 'mpeg4'),
  encode('mpeg2.mp4', ...video('320x240', '25', 2), '-c:v', 'mpeg2video'),
  encode('mjpeg.mp4', ...video('320x240', '25', 1), '-c:v', 'mjpeg', '-pix_fmt', 'yuvj420p'),
  encode('mpeg4-60.mov', ...video('321x241', '60', 2), '-c:v', 'mpeg4', '-f', 'mov'),
  encode('prores-pcm.mov', ...video('160x120', '24000/1001', 1), ...tone(1, 48000), '-c:v', 'prores', '-c:a', 'pcm_s16le'),
  encode('mjpeg-aac.mov', ...video('160x120', '30', 1), ...tone(1), '-c:v', 'mjpeg', '-pix_fmt', 'yuvj420p', '-c:a', 'aac'),
  encode('h264-alac.mov', ...video('160x120', '24', 2), ...tone(2), ...x264, '-c:a', 'alac'),
  encode('h264-timecode.mov', ...video('160x120', '25', 2), ...x264, '-timecode', '01:00:00:00'),
  {
    name: 'h264-subtitle.mp4',
    make: async (p) => {
      await writeFile(p('subs.srt'), '1\n00:00:00,000 --> 00:00:01,500\nhello\n');
      await ffmpeg([...video('160x120', '24', 2), '-i', p('subs.srt'), ...x264, '-c:s', 'mov_text', p('h264-subtitle.mp4')]);
    },
  },
  {
    name: 'h264-chapters.mp4',
    make: async (p) => {
      await writeFile(p('chapters.txt'), ';FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1000\ntitle=One\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=1000\nEND=2000\ntitle=Two\n');
      await ffmpeg([...video('160x120', '24', 2), ...tone(2), '-i', p('chapters.txt'), '-map', '0', '-map', '1', '-map_metadata', '2', ...x264, '-c:a', 'aac', p('h264-chapters.mp4')]);
    },
  },
  encode('fragmented.mp4', ...video('320x240', '24', 2), ...tone(2), ...x264, '-c:a', 'aac', '-movflags', 'frag_keyframe+empty_moov'),
];
