import type { IAudioMetadata, IOptions } from 'music-metadata';
import type { ReadFailure } from '../types.js';
import { SourceReadError } from './guard.js';
import type { ByteSource } from './source.js';

export interface AudioFacts {
  durationSec: number | null;
  audioCodec: string | null;
  sampleRate: number | null;
  channels: number | null;
  hasAudioStream: boolean | null;
  hasVideoStream: boolean | null;
  failure: ReadFailure | null;
}

const NOTHING: Omit<AudioFacts, 'failure'> = {
  durationSec: null,
  audioCodec: null,
  sampleRate: null,
  channels: null,
  hasAudioStream: null,
  hasVideoStream: null,
};

/**
 * music-metadata reads headers (WAV data chunk, FLAC STREAMINFO, MP4 mvhd, Ogg last page). When a
 * header gives no duration (raw ADTS, ...) it parses again with `duration: true`, which walks the
 * frames. MP3 duration comes from mp3.ts (see there why not from music-metadata).
 */
export async function probeAudio(src: ByteSource, size: number, format: string, mime: string | null): Promise<AudioFacts> {
  let meta: IAudioMetadata;
  try {
    meta = await parse(src, mime, { skipCovers: true });
    if (meta.format.duration === undefined && format !== 'mp3') meta = await parse(src, mime, { skipCovers: true, duration: true });
  } catch (err) {
    if (err instanceof SourceReadError) throw err;
    return { ...NOTHING, failure: classify(err) };
  }
  const f = meta.format;
  let durationSec = finite(f.duration);
  let sampleRate = finite(f.sampleRate);
  let channels = finite(f.numberOfChannels);
  if (format === 'mp3') {
    const { mp3Duration } = await import('./mp3.js');
    const mp3 = await mp3Duration(src, size);
    if (!mp3) return { ...NOTHING, failure: { reason: 'corrupt', detail: 'no MPEG audio frame found' } };
    durationSec = mp3.durationSec;
    sampleRate ??= mp3.sampleRate;
    channels ??= mp3.channels;
  }
  return {
    durationSec,
    audioCodec: codecName(f.codec),
    sampleRate,
    channels,
    hasAudioStream: f.hasAudio ?? (durationSec !== null || sampleRate !== null),
    hasVideoStream: f.hasVideo ?? false,
    failure: null,
  };
}

/**
 * Always through our tokenizer with the sniffed MIME type: parseFile() picks the parser by the
 * file name's extension first, so a WAV named .mp3 would be read by the MPEG parser.
 */
async function parse(src: ByteSource, mime: string | null, options: IOptions): Promise<IAudioMetadata> {
  const [mm, { tokenizerFor }] = await Promise.all([import('music-metadata'), import('./tokenizer.js')]);
  return mm.parseFromTokenizer(await tokenizerFor(src, mime ?? undefined), options);
}

function classify(err: unknown): ReadFailure | null {
  const e = err as { name?: string; message?: string };
  const detail = `music-metadata: ${e.message ?? String(err)}`;
  if (e.name === 'EndOfStreamError' || /end-of-stream|end of stream/i.test(e.message ?? '')) return { reason: 'truncated', detail };
  if (e.name === 'CouldNotDetermineFileTypeError' || e.name === 'UnsupportedFileTypeError') return null;
  if ((e as NodeJS.ErrnoException).code === 'EACCES' || (e as NodeJS.ErrnoException).code === 'EISDIR') return { reason: 'unreadable', detail };
  return { reason: 'corrupt', detail };
}

/** music-metadata's codec names ('MPEG 1 Layer 3', 'PCM', 'Vorbis I') -> ffprobe-like short names. */
export function codecName(codec: string | undefined): string | null {
  if (!codec) return null;
  const layer = /Layer (\d)/i.exec(codec);
  if (layer) return `mp${layer[1]}`;
  if (/^pcm/i.test(codec)) return 'pcm';
  if (/vorbis/i.test(codec)) return 'vorbis';
  if (/aac/i.test(codec)) return 'aac';
  return codec.toLowerCase();
}

function finite(n: number | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}
