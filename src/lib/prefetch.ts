/**
 * Reads `source` to its end in the background while the caller consumes it in order, so the caller can
 * tell how many items there are (`count`, final once `finished`) long before it has worked through them:
 * a folder walk ends in milliseconds, probing its files takes seconds. A source error reaches the caller
 * where it would have without the read-ahead.
 */
export function prefetch<T>(source: AsyncIterable<T>): AsyncIterable<T> & { readonly count: number; readonly finished: boolean } {
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
      for await (const item of source) {
        buffer.push(item);
        notify();
      }
    } catch (error) {
      failure = { error };
    }
    finished = true;
    notify();
  })();
  let read = 0;
  return {
    get count() {
      return read + buffer.length;
    },
    get finished() {
      return finished;
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (buffer.length) {
          read++;
          yield buffer.shift()!;
          continue;
        }
        if (failure) throw failure.error;
        if (finished) return;
        await new Promise<void>((r) => (wake = r));
      }
    },
  };
}
