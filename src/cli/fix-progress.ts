import { safeText } from '../lib/safe-text.js';
import { lineWriter } from './progress.js';
import type { FixOptions } from '../fixer/types.js';

type Event = Parameters<NonNullable<FixOptions['onProgress']>>[0];
type Stream = { isTTY?: boolean; columns?: number; write(s: string): unknown };

/**
 * fix's progress on a terminal: a line per finished file (`2/5 done clip.mp4`) and one status line,
 * rewritten in place, for the files being worked on with ffmpeg's time-based percent
 * (`fixing 3/5 long.mp4 42%`). Undefined when the stream is not a TTY: logs stay clean.
 */
export function fixProgress(stream: Stream): { onProgress: (e: Event) => void; end: () => void } | undefined {
  if (!stream.isTTY) return undefined;
  const active = new Map<string, Event>();
  let drawn = false;
  let lastDraw = 0;
  // TERM=dumb gets carriage returns and spaces instead of escape codes (lineWriter)
  const line = lineWriter(stream);
  const clear = () => {
    if (drawn) line.clear();
    drawn = false;
  };
  const name = (s: string, width: number) => (s.length > width ? '…' + s.slice(-width + 1) : s);
  const draw = () => {
    clear();
    if (active.size === 0) return;
    const width = Math.max(20, Math.floor(((stream.columns ?? 80) - 10) / active.size) - 12);
    const parts = [...active.values()].map((e) => `${e.n}/${e.total} ${name(safeText(e.source), width)}${e.percent !== undefined ? ` ${Math.floor(e.percent)}%` : ''}`);
    line.write(`fixing ${parts.join('  ')}`);
    drawn = true;
    lastDraw = Date.now();
  };
  return {
    onProgress(e) {
      if (e.phase === 'start') {
        active.set(e.source, e);
        return draw();
      }
      if (e.phase === 'progress') {
        const before = active.get(e.source);
        active.set(e.source, e);
        // the first and the last percent of a file always show; the others at most ~10 times a second
        const first = before?.percent === undefined;
        const changed = Math.floor(e.percent ?? 0) !== Math.floor(before?.percent ?? 0);
        if (first || (changed && ((e.percent ?? 0) >= 99 || Date.now() - lastDraw >= 100))) draw();
        return;
      }
      active.delete(e.source);
      clear();
      stream.write(`${e.n}/${e.total} ${e.status === 'fixed' ? 'done  ' : 'FAILED'} ${safeText(e.source)}\n`);
      draw();
    },
    end: clear,
  };
}
