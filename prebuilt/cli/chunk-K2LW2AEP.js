// src/probes/guard.ts
var SourceReadError = class extends Error {
  constructor(cause) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.cause = cause;
  }
  cause;
};
function guarded(src) {
  const wrap = (p) => p.catch((err) => Promise.reject(err instanceof SourceReadError ? err : new SourceReadError(err)));
  return {
    id: src.id,
    name: src.name,
    localPath: src.localPath,
    fd: src.fd && (() => src.fd()),
    size: () => wrap(src.size()),
    read: (offset, length) => wrap(src.read(offset, length)),
    close: src.close && (() => src.close())
  };
}

export {
  SourceReadError,
  guarded
};
