/** Where the CLI writes; injectable so tests can run commands in-process. */
export interface Io {
  stdout: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): unknown };
  stderr: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): unknown };
  out(s: string): void;
  err(s: string): void;
}

const closed = new WeakSet<NodeJS.WriteStream>();
const guarded = new WeakSet<NodeJS.WriteStream>();

/**
 * A reader that went away (`seedance-preflight profiles | head -1`) is not an error: writes to a closed
 * pipe are dropped from then on, as cat and ESLint do, and the command ends with its own exit code.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return void closed.add(stream);
    throw e;
  });
}

const write = (stream: NodeJS.WriteStream, s: string) => {
  if (!closed.has(stream) && !stream.destroyed) stream.write(s);
};

export function processIo(): Io {
  quietWhenClosed(process.stdout);
  quietWhenClosed(process.stderr);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    out: (s) => write(process.stdout, s),
    err: (s) => write(process.stderr, s),
  };
}
