import { safeText } from '../lib/safe-text.js';

type Stream = { isTTY?: boolean; columns?: number; write(s: string): unknown };

/**
 * Rewrites the current terminal line: the ANSI erase where the terminal has one, else (TERM=dumb, which
 * has no escape codes) a carriage return and spaces over the previous text.
 */
export function lineWriter(stream: Stream, env: NodeJS.ProcessEnv = process.env): { write(line: string): void; clear(): void } {
  const dumb = env.TERM === 'dumb';
  let shown = 0;
  const clear = () => {
    if (!shown) return;
    stream.write(dumb ? `\r${' '.repeat(shown)}\r` : '\r\u001b[2K');
    shown = 0;
  };
  return {
    write(line) {
      if (dumb) stream.write(`\r${line}${' '.repeat(Math.max(0, shown - line.length))}`);
      else stream.write(`\r\u001b[2K${line}`);
      shown = line.length;
    },
    clear,
  };
}

/**
 * A one-line counter on stderr (`checked 12/40  clip.mp4`, then `thumbnails 3/40  clip.mp4`), only when
 * stderr is a TTY, so CI logs stay clean. Redrawn at most every 80 ms; the last count of a phase always shows.
 */
export function progress(stream: Stream = process.stderr, env: NodeJS.ProcessEnv = process.env) {
  if (!stream.isTTY) return { tick: (_n: number, _total: number, _s: string, _label?: string) => {}, done: () => {} };
  const line = lineWriter(stream, env);
  let last = 0;
  return {
    tick(n: number, total: number, source: string, label = 'checked') {
      const now = Date.now();
      if (now - last < 80 && n < total) return;
      last = now;
      const head = `${label} ${n}/${total}  `;
      const width = Math.max(20, (stream.columns ?? 80) - head.length - 1);
      const safe = safeText(source);
      line.write(head + (safe.length > width ? '…' + safe.slice(-width + 1) : safe));
    },
    done: () => line.clear(),
  };
}
