import type { ByteSource } from './source.js';

/** A read or size() of the source failed (I/O, network): the file is unreadable, not bad content. */
export class SourceReadError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** The same source, with its read/size errors wrapped in SourceReadError so probe() can tell them from bugs. */
export function guarded(src: ByteSource): ByteSource {
  const wrap = <T>(p: Promise<T>) => p.catch((err: unknown) => Promise.reject(err instanceof SourceReadError ? err : new SourceReadError(err)));
  return {
    id: src.id,
    name: src.name,
    localPath: src.localPath,
    fd: src.fd && (() => src.fd!()),
    size: () => wrap(src.size()),
    read: (offset, length) => wrap(src.read(offset, length)),
    close: src.close && (() => src.close!()),
  };
}
