import type { Clock } from '../../src/remote/retry.js';

/** Time that only moves when slept: waits are recorded, never spent. */
export function fakeClock(start = Date.parse('2026-03-01T12:00:00Z')): { clock: Clock; sleeps: number[]; onSleep: ((ms: number) => Promise<void> | void) | null } {
  let t = start;
  const box = {
    sleeps: [] as number[],
    onSleep: null as ((ms: number) => Promise<void> | void) | null,
    clock: {
      now: () => t,
      random: () => 0.5,
      sleep: async (ms: number) => {
        box.sleeps.push(ms);
        t += ms;
        await box.onSleep?.(ms);
      },
    },
  };
  return box;
}

export const EVOLINK_BODY = { model: 'seedance-2.0-reference-to-video', prompt: 'A corgi runs along a beach at dusk, low tracking shot.', duration: 5, quality: '720p', aspect_ratio: '16:9' };
export const AIGPT_BODY = { model: 'seedance-2.0-reference-to-video', input: { prompt: 'A corgi runs along a beach at dusk, low tracking shot.', ratio: '16:9', resolution: '720p', duration: 5 } };
