/** What prefetchBatches gives: items read ahead, taken one at a time (runOrdered consumes it). */
export interface Prefetched<T> {
  /** Items found so far (final once `finished`). */
  readonly count: number;
  readonly finished: boolean;
  /** The next item read ahead, or undefined when none is waiting (never an item itself); rethrows a source error. */
  take(): T | undefined;
  /** Resolves when an item is waiting, or the source has ended. */
  ready(): Promise<void>;
}

/**
 * Reads `source` to its end in the background while the caller consumes it in order, so the caller can
 * tell how many items there are (`count`, final once `finished`) long before it has worked through them:
 * a folder walk ends in milliseconds, probing its files takes seconds. A source error reaches the caller
 * where it would have without the read-ahead. The source yields its items in arrays (a folder's files
 * at once: one await per folder, not per file).
 */
export function prefetchBatches<T>(source: AsyncIterable<T[]>): Prefetched<T> {
  const buffer: T[] = [];
  let finished = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  void (async () => {
    try {
      for await (const batch of source) {
        for (const item of batch) buffer.push(item);
        notify();
      }
    } catch (error) {
      failure = { error };
    }
    finished = true;
    notify();
  })();
  let read = 0;
  // a queue read from an index: shift() on a 24,000-item array costs more than the whole walk
  let at = 0;
  const waiting = () => buffer.length - at;
  const next = (): T => {
    const item = buffer[at];
    buffer[at++] = undefined as T;
    if (at > 1024 && at * 2 > buffer.length) {
      buffer.splice(0, at);
      at = 0;
    }
    read++;
    return item;
  };
  return {
    get count() {
      return read + waiting();
    },
    get finished() {
      return finished;
    },
    take() {
      if (waiting()) return next();
      if (failure) throw failure.error;
      return undefined;
    },
    ready() {
      return waiting() || finished || failure ? Promise.resolve() : new Promise<void>((r) => (wake = r));
    },
  };
}
