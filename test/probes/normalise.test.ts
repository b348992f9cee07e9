import { describe, expect, it } from 'vitest';
import { codecName } from '../../src/probes/audio.js';
import { parseFrameHeader } from '../../src/probes/mp3.js';
import { extensionOf, isExtensionMismatch } from '../../src/probes/sniff.js';
import { frameRate, normaliseFfprobe, parseRational } from '../../src/probes/video.js';

const stream = (over: Record<string, unknown> = {}) => ({
  codec_type: 'video', codec_name: 'h264', width: 1920, height: 1080, avg_frame_rate: '30/1', r_frame_rate: '30/1', ...over,
});

describe('ffprobe JSON -> facts', () => {
  it('parses exact rationals and rejects 0/0', () => {
    expect(parseRational('24000/1001')).toEqual({ num: 24000, den: 1001, value: 24000 / 1001 });
    expect(parseRational('48/2')).toEqual({ num: 24, den: 1, value: 24 });
    expect(parseRational('0/0')).toBeNull();
    expect(parseRational('N/A')).toBeNull();
    expect(parseRational(undefined)).toBeNull();
  });

  it.each([
    ['-90', 270],
    ['90', 90],
    ['270', 270],
    ['-270', 90],
    ['180', 180],
  ])('display matrix rotation %s swaps sides when it is a quarter turn', (deg, norm) => {
    const f = normaliseFfprobe({ streams: [stream({ side_data_list: [{ rotation: Number(deg) }] })] });
    expect(f.rotation).toBe(norm);
    expect([f.width, f.height]).toEqual(norm === 180 ? [1920, 1080] : [1080, 1920]);
  });

  it('reads the old rotate tag when there is no display matrix', () => {
    const f = normaliseFfprobe({ streams: [stream({ tags: { rotate: '90' } })] });
    expect([f.width, f.height, f.rotation]).toEqual([1080, 1920, 90]);
  });

  it('does not count cover art as a video stream', () => {
    const f = normaliseFfprobe({
      format: { duration: '3.5' },
      streams: [
        { codec_type: 'audio', codec_name: 'aac', sample_rate: '48000', channels: 2 },
        stream({ codec_name: 'mjpeg', disposition: { attached_pic: 1 } }),
      ],
    });
    expect([f.hasVideoStream, f.hasAudioStream, f.width, f.audioCodec, f.sampleRate, f.channels, f.durationSec]).toEqual([
      false, true, null, 'aac', 48000, 2, 3.5,
    ]);
  });

  it('takes the stream duration when the container has none', () => {
    expect(normaliseFfprobe({ streams: [stream({ duration: '4.2' })] }).durationSec).toBe(4.2);
    expect(normaliseFfprobe({ format: { duration: 'N/A' }, streams: [stream()] }).durationSec).toBeNull();
  });

  it('uses r_frame_rate when avg_frame_rate is 0/0, and then cannot tell VFR', () => {
    expect(frameRate(stream({ avg_frame_rate: '0/0', r_frame_rate: '25/1' }), 2)).toEqual({
      fps: { num: 25, den: 1, value: 25 },
      variableFrameRate: null,
    });
  });

  it('calls a clip variable only when avg and r differ by >1% and by >1.5 frames over the clip', () => {
    // 1 s at 24 then 1.5 s at 30, 1/120 time base
    expect(frameRate(stream({ avg_frame_rate: '920/33', r_frame_rate: '120/1' }), 2.475).variableFrameRate).toBe(true);
    // a last frame rounded short: 72 frames over 3.01 s
    const rounding = frameRate(stream({ avg_frame_rate: '7200/301', r_frame_rate: '24/1' }), 3.01);
    expect(rounding).toEqual({ fps: { num: 24, den: 1, value: 24 }, variableFrameRate: false });
    // 1.2% apart but over half a second: less than one frame of difference
    expect(frameRate(stream({ avg_frame_rate: '2964/100', r_frame_rate: '30/1' }), 0.5).variableFrameRate).toBe(false);
  });
});

describe('MPEG audio frame headers', () => {
  it('reads MPEG-1 layer III 128 kbps 44.1 kHz stereo: 417 bytes, 1152 samples', () => {
    expect(parseFrameHeader(new Uint8Array([0xff, 0xfb, 0x90, 0x00]))).toEqual({
      length: 417, samples: 1152, sampleRate: 44100, channels: 2, mpeg1: true,
    });
  });
  it('reads MPEG-2 layer III 64 kbps 22.05 kHz mono with padding: 576 samples', () => {
    expect(parseFrameHeader(new Uint8Array([0xff, 0xf3, 0x82, 0xc0]))).toEqual({
      length: 209, samples: 576, sampleRate: 22050, channels: 1, mpeg1: false,
    });
  });
  it('refuses bad bitrate, reserved rate and non-sync bytes', () => {
    expect(parseFrameHeader(new Uint8Array([0xff, 0xfb, 0xf0, 0x00]))).toBeNull();
    expect(parseFrameHeader(new Uint8Array([0xff, 0xfb, 0x9c, 0x00]))).toBeNull();
    expect(parseFrameHeader(new Uint8Array([0x49, 0x44, 0x33, 0x04]))).toBeNull();
  });
});

describe('names', () => {
  it('compares the extension with the content format', () => {
    expect(extensionOf('/a/b/Photo.JPG')).toBe('jpg');
    expect(extensionOf('/a/b/noext')).toBe('');
    expect(isExtensionMismatch('jpeg', 'jpg')).toBe(false);
    expect(isExtensionMismatch('jpeg', 'jpeg')).toBe(false);
    expect(isExtensionMismatch('mov', 'qt')).toBe(false);
    expect(isExtensionMismatch('mp4', 'm4v')).toBe(false);
    expect(isExtensionMismatch('png', 'jpg')).toBe(true);
    expect(isExtensionMismatch('mp4', 'mov')).toBe(true);
    expect(isExtensionMismatch('wav', 'mp3')).toBe(true);
    expect(isExtensionMismatch('png', '')).toBe(false);
    expect(isExtensionMismatch(null, 'png')).toBe(false);
  });

  it('shortens music-metadata codec names', () => {
    expect(codecName('MPEG 1 Layer 3')).toBe('mp3');
    expect(codecName('MPEG 2 Layer 2')).toBe('mp2');
    expect(codecName('PCM')).toBe('pcm');
    expect(codecName('Vorbis I')).toBe('vorbis');
    expect(codecName('AAC')).toBe('aac');
    expect(codecName(undefined)).toBeNull();
  });
});
