// src/lib/pool.ts
async function* mapPool(items, concurrency, fn) {
  const limit = Math.max(1, Math.floor(concurrency));
  const it = Symbol.asyncIterator in Object(items) ? items[Symbol.asyncIterator]() : toAsync(items);
  const pending = /* @__PURE__ */ new Map();
  let next = 0;
  let emitted = 0;
  let done = false;
  const fill = async () => {
    while (!done && pending.size < limit) {
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      const i = next++;
      const p = fn(r.value, i);
      p.catch(() => {
      });
      pending.set(i, p);
    }
  };
  await fill();
  while (pending.size > 0) {
    const p = pending.get(emitted);
    const value = await p;
    pending.delete(emitted++);
    await fill();
    yield value;
  }
}
async function* toAsync(items) {
  yield* items;
}

export {
  mapPool
};
