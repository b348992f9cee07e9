import { safeText } from '../lib/safe-text.js';

/** A one-line counter on stderr, only when stderr is a TTY (CI logs stay clean). */
export function progress(stream: { isTTY?: boolean; columns?: number; write(s: string): unknown } = process.stderr) {
  if (!stream.isTTY) return { tick: (_n: number, _s: string) => {}, done: () => {} };
  let last = 0;
  return {
    tick(n: number, source: string) {
      const now = Date.now();
      if (now - last < 80) return;
      last = now;
      const width = Math.max(20, (stream.columns ?? 80) - 20);
      const safe = safeText(source);
      const name = safe.length > width ? '…' + safe.slice(-width + 1) : safe;
      stream.write(`\r\u001b[2K${n} checked  ${name}`);
    },
    done: () => stream.write('\r\u001b[2K'),
  };
}
