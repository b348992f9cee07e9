import type { ReadFailure } from '../../types.js';
import { ascii, type Blocks, failure, isFourCC, le32, plural } from './blocks.js';

const MAX_CHUNKS = 64;
/** Streaming writers leave these in size fields they could not go back and fill in. */
const UNKNOWN_SIZES = new Set([0, 0xffffffff]);

export interface RiffChunk {
  id: string;
  at: number;
  size: number;
}

/**
 * Walk RIFF chunks after the 12-byte header. Any chunk running past the end of the file
 * is a cut file (a missing final pad byte is tolerated). A RIFF size larger than the file
 * with every chunk complete is left to the caller: WAV writers often get it wrong.
 */
export async function walkRiff(b: Blocks, form: string): Promise<RiffChunk[] | ReadFailure> {
  const head = await b.bytes(0, 12);
  if (head.length < 12) {
    return ascii(head, 0, Math.min(4, head.length)) === 'RIFF'.slice(0, Math.min(4, head.length))
      ? failure('truncated', 'the file ends inside the RIFF header')
      : failure('corrupt', 'the RIFF header is missing');
  }
  if (ascii(head, 0, 4) !== 'RIFF' || ascii(head, 8, 4) !== form) return failure('corrupt', `not a RIFF ${form} file`);
  const riffSize = le32(head, 4);
  const riffEnd = UNKNOWN_SIZES.has(riffSize) ? b.size : Math.min(b.size, 8 + riffSize);

  const chunks: RiffChunk[] = [];
  let off = 12;
  while (off < riffEnd) {
    if (chunks.length >= MAX_CHUNKS) return chunks;
    const h = await b.bytes(off, 8);
    if (h.length < 8) {
      if (off + 1 === b.size) break; // a final pad byte alone
      return failure('truncated', `the file ends inside a chunk header at offset ${off}`);
    }
    if (!isFourCC(h, 0)) return failure('corrupt', `no valid chunk at offset ${off}`);
    const id = ascii(h, 0, 4);
    const size = le32(h, 4);
    const last = UNKNOWN_SIZES.has(size) && id === 'data';
    const end = last ? b.size : off + 8 + size;
    if (end > b.size) {
      return failure(
        'truncated',
        `the "${id.trim()}" chunk at offset ${off} says ${plural(size, 'byte')}; the file ends ${plural(end - b.size, 'byte')} early`,
      );
    }
    chunks.push({ id, at: off, size: end - off - 8 });
    off = end + (size & 1);
  }
  return chunks;
}

/** WAV: every chunk inside the file, with a fmt and a data chunk. */
export async function checkWav(b: Blocks): Promise<ReadFailure | null> {
  // RF64 (sizes in a ds64 chunk) and big-endian RIFX are valid WAV variants this walk does not read
  const magic = ascii(await b.bytes(0, 4), 0, 4);
  if (magic === 'RF64' || magic === 'RIFX' || magic === 'BW64') return null;
  const chunks = await walkRiff(b, 'WAVE');
  if (!Array.isArray(chunks)) return chunks;
  if (chunks.length >= MAX_CHUNKS) return null;
  if (!chunks.some((c) => c.id === 'fmt ')) return failure('corrupt', 'no "fmt" chunk: the audio format is not stated');
  if (!chunks.some((c) => c.id === 'data')) return failure('corrupt', 'no "data" chunk: there is no audio');
  return null;
}
