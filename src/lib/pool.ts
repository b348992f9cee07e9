/**
 * Runs `fn` over items with at most `concurrency` in flight, yielding results in input order
 * as soon as each prefix is done, so callers can stream a report without holding every result.
 */
export async function* mapPool<T, R>(items: AsyncIterable<T> | Iterable<T>, concurrency: number, fn: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const limit = Math.max(1, Math.floor(concurrency));
  const it = (Symbol.asyncIterator in Object(items) ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : toAsync(items as Iterable<T>));
  const pending = new Map<number, Promise<R>>();
  let next = 0;
  let emitted = 0;
  let done = false;
  const fill = async () => {
    while (!done && pending.size < limit) {
      const r = await it.next();
      if (r.done) { done = true; break; }
      const i = next++;
      const p = fn(r.value, i);
      // when one rejects, the caller stops awaiting: the others' rejections must not go unhandled
      p.catch(() => {});
      pending.set(i, p);
    }
  };
  await fill();
  while (pending.size > 0) {
    const p = pending.get(emitted)!;
    const value = await p;
    pending.delete(emitted++);
    await fill();
    yield value;
  }
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
