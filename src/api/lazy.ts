/**
 * A function of the root entry that loads its module on its first call, so that importing the package
 * costs only what the caller uses. The result is the real function's own type (`typeof` it).
 */
export function lazy<M, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  let loaded: Promise<M> | undefined;
  const call = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
    const mod = await (loaded ??= load());
    return (mod[name] as (...a: unknown[]) => unknown).apply(this, args);
  };
  Object.defineProperty(call, 'name', { value: name });
  return call as M[K];
}
