import type { Prefetched } from './prefetch.js';

interface Slot<T, R> {
  item: T;
  done: boolean;
  value?: R;
  error?: { error: unknown };
}

/**
 * As mapPool, for a read-ahead source and an `fn` that may answer at once: a plain value costs no
 * promise and no slot (a warm run answers 24,000 files from its cache that way), a promise takes one
 * of `concurrency` slots. `emit` sees every result in input order; the first rejection, in its turn,
 * rejects the whole run.
 */
export async function runOrdered<T, R>(
  source: Prefetched<T>,
  concurrency: number,
  fn: (item: T) => R | Promise<R>,
  emit: (value: R, item: T) => void,
): Promise<void> {
  const limit = Math.max(1, Math.floor(concurrency));
  const queue: (Slot<T, R> | undefined)[] = [];
  let head = 0;
  let running = 0;
  let taken = 0;
  let wake: (() => void) | undefined;
  const settle = () => {
    running--;
    wake?.();
  };
  for (;;) {
    while (running < limit) {
      const item = source.take();
      if (item === undefined) break;
      taken++;
      const r = fn(item);
      if (r instanceof Promise) {
        const slot: Slot<T, R> = { item, done: false };
        running++;
        r.then(
          (v) => ((slot.value = v), (slot.done = true), settle()),
          (e: unknown) => ((slot.error = { error: e }), (slot.done = true), settle()),
        );
        queue.push(slot);
      } else queue.push({ item, done: true, value: r });
      // emitted as soon as every earlier one is, so results stream rather than pile up
      if (running === 0) flush();
    }
    flush();
    if (head === queue.length && running === 0 && source.finished && source.count === taken) return;
    const woken = new Promise<void>((r) => (wake = r));
    await (running < limit && !source.finished ? Promise.race([woken, source.ready()]) : woken);
  }

  function flush(): void {
    while (head < queue.length && queue[head]!.done) {
      const slot = queue[head]!;
      queue[head++] = undefined;
      if (slot.error) throw slot.error.error;
      emit(slot.value as R, slot.item);
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  }
}
