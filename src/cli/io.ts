/** Where the CLI writes; injectable so tests can run commands in-process. */
export interface Io {
  stdout: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): unknown };
  stderr: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): unknown };
  out(s: string): void;
  err(s: string): void;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
  };
}
