import type { ProviderAdapter } from './providers.js';

export type Phase = 'create' | 'task';

/** Plain advice for an HTTP error answer (or aigptimage's code in the body). */
export function statusHint(p: ProviderAdapter, status: number, phase: Phase, extra: { model?: string | null; attempts?: number } = {}): string {
  switch (status) {
    case 400:
      return phase === 'create'
        ? "The provider refused a parameter the preflight accepted (its rules may have changed): read its message, fix the manifest, and check it again with 'seedance-preflight lint'. No task was created."
        : `The task id is not valid for ${p.name}${p.name === 'evolink' ? " (evolink ids start with 'task-unified-')" : ''}: check the id and --provider.`;
    case 401:
      return `The API key was refused: check that SEEDANCE_API_KEY (or --api-key) holds a current ${p.name} key (${p.keysPage}).`;
    case 402:
      return `Not enough credits: top up the ${p.name} account, then submit again.${phase === 'create' ? ' No task was created.' : ''}`;
    case 403:
      return phase === 'create'
        ? `This key has no access to ${extra.model ? `the model ${extra.model}` : 'this model'}: enable the model for the key in the dashboard (${p.dashboard}), or use a key that has it. No task was created.`
        : 'This key may not read this task: use the key of the account that created it.';
    case 404:
      return phase === 'create'
        ? `The endpoint was not found: check --base-url (the default for ${p.name} is ${p.defaultBaseUrl}).`
        : `No such task for this key: check the id, --provider and --base-url${p.name === 'evolink' ? " (evolink ids start with 'task-unified-')" : ''}.`;
    case 409:
      return "Too many active tasks (or a conflicting request): wait for your running tasks to finish ('seedance-preflight status <task-id>'), then submit again. No task was created.";
    case 422:
      return "The provider's parameter validation failed: read its message, fix the manifest and submit again. No task was created.";
    case 429:
      return `Rate limited${extra.attempts ? ` (${extra.attempts} attempts)` : ''}: wait a minute and run again.${phase === 'create' ? ' No task was created.' : ''}`;
    default:
      if (status >= 500) return `The provider failed (HTTP ${status}). Query again later: 'seedance-preflight status <task-id>'.`;
      return `The provider refused the request (HTTP ${status}): read its message.${phase === 'create' ? ' No task was created.' : ''}`;
  }
}

const POLICY = /polic|violat|sensitiv|nsfw|safety|moderat|block|censor|inappropriate|prohibit/i;

/** Advice for a task that ended in failure, from its code and message. */
export function taskFailureHint(p: ProviderAdapter, code: string | null, message: string | null): string {
  const text = `${code ?? ''} ${message ?? ''}`;
  if (POLICY.test(text)) {
    return "Blocked by the provider's content policy: change the prompt or the reference assets (real people's faces, public figures, brands, violence and nudity are the usual triggers), then submit again.";
  }
  if (/time.?out|timed out/i.test(text)) return 'The task timed out at the provider: submit again later.';
  if (/download|fetch|url|unreachable|access/i.test(text)) {
    return 'The provider could not fetch a reference asset: check that every URL answers a plain GET from the internet and has not expired, then submit again.';
  }
  return `The task failed at the provider: read its message and fix what it names, or submit again. The dashboard (${p.dashboard}) shows whether it was charged.`;
}

/** What to do when a create may or may not have made a task. */
export function ambiguousHint(p: ProviderAdapter, taskId: string | null, sentAt: Date): string {
  const check = taskId
    ? `run 'seedance-preflight status ${taskId}'`
    : `look in the task list of ${p.dashboard} for a task created at about ${sentAt.toISOString()}`;
  return `The request reached ${p.name}, but no answer says whether a task was created (it may be running and billed). Do not resubmit blindly: ${check}. Only if there is none, submit again with --force.`;
}
