import type { ReadFailure } from '../../types.js';

/**
 * What an in-process --deep check says: a verdict on the file, or that it cannot judge this one
 * (then ffprobe's packet scan decides, as before).
 */
export type DeepAnswer = { answered: true; failure: ReadFailure | null } | { answered: false; reason: string };

export const verdict = (failure: ReadFailure | null): DeepAnswer => ({ answered: true, failure });

/** Thrown inside a check for what it does not model; caught by the check's entry point. */
export class Unanswerable extends Error {}

export const unanswerable = (reason: string): never => {
  throw new Unanswerable(reason);
};
