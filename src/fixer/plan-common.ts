import type { Finding } from '../types.js';
import type { FixAction, OutputSpec, UnfixableWhy } from './types.js';

/** What a kind planner returns: the steps and the output, or why it cannot be done. */
export type KindPlan =
  | { actions: FixAction[]; output: OutputSpec }
  | { unfixable: { code: string; why: UnfixableWhy; detail?: string } };

export function codeSet(errors: Finding[]): Set<string> {
  return new Set(errors.map((f) => f.code));
}

/** The finding a step that several problems need (re-encoding, even sides, rotation) is booked to. */
export function firstCode(errors: Finding[], fallback: string): string {
  return errors[0]?.code ?? fallback;
}

export function findingOf(errors: Finding[], code: string): Finding | undefined {
  return errors.find((f) => f.code === code);
}
