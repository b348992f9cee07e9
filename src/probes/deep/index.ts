import { guarded, SourceReadError } from '../guard.js';
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
export async function deepInProcess(src: ByteSource, format: string, size: number, deadlineAt = Infinity): Promise<DeepAnswer> {
  // the source's own errors become SourceReadError (not a verdict on the file); past the probe's
  // deadline (its result already given up on), the reading stops
  const safe = guarded(src);
  const timed: ByteSource = {
    id: src.id,
    name: src.name,
    size: () => safe.size(),
    read: (offset, length) => (Date.now() > deadlineAt ? Promise.reject(new Unanswerable('out of time')) : safe.read(offset, length)),
  };
  try {
    if (format === 'mp4' || format === 'mov') return await deepMp4(timed, size);
    if (format === 'mp3') return await deepMp3(timed, size);
  } catch (err) {
    if (Date.now() > deadlineAt) return { answered: false, reason: 'out of time' };
    if (err instanceof SourceReadError) throw err;
    if (err instanceof BlockReadError) throw new SourceReadError(err.message);
    // a check's own error on odd input: the file goes to the runtime's check, as one it cannot judge
    const why = err instanceof Unanswerable ? err.message : `reader error: ${(err as Error)?.message ?? String(err)}`;
    return { answered: false, reason: why };
  }
  return { answered: false, reason: `no in-process check for ${format}` };
}
