import type { ReadFailure } from '../../types.js';
import { type Blocks, failure, le32, plural } from './blocks.js';
import { walkRiff } from './riff.js';

const FIRST = new Set(['VP8 ', 'VP8L', 'VP8X']);

/** WebP: RIFF size agrees with the file, chunks inside it, and the first chunk is VP8, VP8L or VP8X. */
export async function checkWebp(b: Blocks): Promise<ReadFailure | null> {
  const chunks = await walkRiff(b, 'WEBP');
  if (!Array.isArray(chunks)) return chunks;
  const riffEnd = 8 + le32(await b.bytes(4, 4), 0);
  if (riffEnd > b.size + 1) {
    return failure('truncated', `the RIFF header says ${plural(riffEnd, 'byte')}, the file has ${plural(b.size, 'byte')}`);
  }
  if (chunks.length === 0 || !FIRST.has(chunks[0].id)) return failure('corrupt', 'the first WebP chunk is not VP8, VP8L or VP8X');
  return null;
}
