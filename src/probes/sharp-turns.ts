/**
 * Turns for the probes' sharp calls. libvips keeps one error buffer and one warning queue for the whole
 * process, and every sharp call clears or drains them as it ends: calls running at once can take each
 * other's messages. A --deep decode that failed on a warning then said only "Warning treated as error due
 * to failOn setting", and the same file was called truncated in one run and corrupt in the next.
 *
 * So calls run side by side (`sharpShared`), and a call whose failure is to be put in words runs again
 * with nothing beside it (`sharpAlone`): only files that fail pay for a second call.
 *
 * A call that runs longer than `holdMs` stops holding the others back: a file that makes libvips hang must
 * cost only its own probe (which times out), not every image queued behind it.
 */
let shared = 0;
/** Set while a call runs alone (or waits for the shared ones to end). */
let alone: Promise<void> | null = null;
const drained: (() => void)[] = [];

function hold(holdMs: number, onEnd: () => void): () => void {
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    onEnd();
  };
  const timer = setTimeout(end, holdMs);
  return end;
}

export async function sharpShared<T>(call: () => Promise<T>, holdMs: number): Promise<T> {
  while (alone) await alone;
  shared++;
  const end = hold(holdMs, () => {
    if (--shared === 0) for (const d of drained.splice(0)) d();
  });
  try {
    return await call();
  } finally {
    end();
  }
}

export async function sharpAlone<T>(call: () => Promise<T>, holdMs: number): Promise<T> {
  while (alone) await alone;
  let done = () => {};
  alone = new Promise<void>((resolve) => (done = resolve));
  // the calls under way end, or stop holding, within their own holdMs
  if (shared > 0) await new Promise<void>((resolve) => drained.push(resolve));
  const end = hold(holdMs, () => {
    alone = null;
    done();
  });
  try {
    return await call();
  } finally {
    end();
  }
}

/** How long one call may hold the others back, given its probe's budget: a fraction of it, at most 5 s. */
export const holdFor = (timeoutMs: number): number => Math.max(1, Math.min(5_000, Math.floor(timeoutMs / 4)));

/** A sharp call beside the others; if it fails, once more alone, so that its error is in its own words. */
export function sharpCall<T>(call: () => Promise<T>, holdMs: number): Promise<T> {
  return sharpShared(call, holdMs).catch(() => sharpAlone(call, holdMs));
}
