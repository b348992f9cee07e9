import { SourceReadError } from '../guard.js';
import { SourceReadError as BlockReadError } from '../integrity/blocks.js';
import type { ByteSource } from '../source.js';
import { type DeepAnswer, Unanswerable } from './answer.js';
import { deepMp3 } from './mp3.js';
import { deepMp4 } from './mp4.js';

export type { DeepAnswer } from './answer.js';

/**
 * --deep in process, over the ByteSource alone (any runtime): MP4/MOV by their sample tables, MP3
 * frame by frame. Other formats, and files these checks cannot judge, are not answered: the
 * runtime's own deep check (ffprobe in Node) decides them. Source errors propagate as SourceReadError.
 */
export async function deepInProcess(src: ByteSource, format: string, size: number): Promise<DeepAnswer> {
  try {
    if (format === 'mp4' || format === 'mov') return await deepMp4(src, size);
    if (format === 'mp3') return await deepMp3(src, size);
  } catch (err) {
    if (err instanceof SourceReadError) throw err;
    if (err instanceof BlockReadError) throw new SourceReadError(err.message);
    // a check's own error on odd input: the file goes to the runtime's check, as one it cannot judge
    const why = err instanceof Unanswerable ? err.message : `reader error: ${(err as Error)?.message ?? String(err)}`;
    return { answered: false, reason: why };
  }
  return { answered: false, reason: `no in-process check for ${format}` };
}
