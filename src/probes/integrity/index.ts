import type { ReadFailure } from '../../types.js';
import type { ByteSource } from '../source.js';
import { Blocks, failure, SourceReadError } from './blocks.js';
import { checkIsoBmff } from './isobmff.js';
import { checkJpeg } from './jpeg.js';
import { checkMp3 } from './mp3.js';
import { checkPng } from './png.js';
import { checkWav } from './riff.js';
import { checkWebp } from './webp.js';

type Checker = (b: Blocks) => Promise<ReadFailure | null>;

const CHECKERS: Record<string, Checker> = {
  jpeg: checkJpeg,
  png: checkPng,
  webp: checkWebp,
  mp4: checkIsoBmff,
  mov: checkIsoBmff,
  m4a: checkIsoBmff,
  '3gp': checkIsoBmff,
  '3g2': checkIsoBmff,
  wav: checkWav,
  mp3: checkMp3,
};

/** Formats with a structural checker (by content format name, as sniff.ts names them). */
export const checkedFormats = Object.keys(CHECKERS);

/**
 * Cheap structural check of one file: reads a few small ranges (head, tail, box or chunk
 * headers), never the whole file. Returns null when the structure is sound or the format has
 * no checker; a failure ('empty', 'truncated', 'corrupt', 'unreadable') otherwise. Never throws.
 */
export async function checkIntegrity(src: ByteSource, format: string): Promise<ReadFailure | null> {
  try {
    const size = await src.size();
    if (size === 0) return failure('empty', 'the file has no bytes');
    const check = CHECKERS[format];
    return check ? await check(new Blocks(src, size)) : null;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (err instanceof SourceReadError || (err as NodeJS.ErrnoException)?.code) return failure('unreadable', text);
    return failure('corrupt', `the ${format} structure could not be parsed: ${text}`);
  }
}
