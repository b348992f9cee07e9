import { safeText } from '../lib/safe-text.js';
import type { JournalEntry } from './journal.js';
import { adapter } from './providers.js';
import type { ProviderName } from './types.js';

export interface ChosenBaseUrl {
  /** undefined: the provider's official base URL. */
  baseUrl?: string;
  /** Set when a journal entry named another host and was ignored. */
  warning?: string;
}

export interface ChosenProvider {
  /** undefined: nothing the user gave or the id's form tells which provider it is. */
  provider?: ProviderName;
  /** Set when a journal entry named another provider and was ignored. */
  warning?: string;
}

/** The id forms the providers document: evolink's "task-unified-1757165031-uyujaw3d", aigptimage's "task_xxxxxxxxxxxxx". */
export function providerOfId(taskId: string): ProviderName | undefined {
  return taskId.startsWith('task-unified-') ? 'evolink' : taskId.startsWith('task_') ? 'aigptimage' : undefined;
}

/**
 * Which provider (so which host and which key) a task belongs to: --provider, else the id's own form.
 * Never the journal alone, for the reason below: it names the provider of a task only to agree.
 */
export function chooseProvider(given: ProviderName | undefined, taskId: string, known: JournalEntry | null): ChosenProvider {
  const provider = given ?? providerOfId(taskId);
  if (!known || typeof known.provider !== 'string' || known.provider === provider) return { provider };
  return {
    provider,
    warning:
      `the local journal says task ${safeText(taskId)} belongs to ${safeText(known.provider)}; ignored, ` +
      (provider
        ? `the key goes to ${provider} (${given ? '--provider' : "the id's form"}).`
        : `a file in the folder does not choose where the key goes. If it is right, add --provider ${safeText(known.provider)}.`),
  };
}

const origin = (u: string): string | null => {
  try {
    return new URL(u).origin;
  } catch {
    return null;
  }
};

/**
 * Where the key may go: the provider's official host, or a base URL the user gave (--base-url or
 * SEEDANCE_BASE_URL). Never a host read from a file in the working tree: a cloned repository can ship
 * its own journal, and `status` would then send the key to whoever it names.
 */
export function chooseBaseUrl(provider: ProviderName, given: string | undefined, known: JournalEntry | null): ChosenBaseUrl {
  const chosen = given ? { baseUrl: given } : {};
  const official = adapter(provider).defaultBaseUrl;
  if (!known || known.provider !== provider || typeof known.baseUrl !== 'string') return chosen;
  const named = origin(known.baseUrl);
  if (named === origin(official) || (given && named === origin(given))) return chosen;
  return {
    ...chosen,
    warning:
      `the local journal says task ${safeText(String(known.taskId))} was sent to ${safeText(known.baseUrl)}; ignored, ` +
      `the key goes only to ${official} or to a base URL you give. If you sent it there, add --base-url ${safeText(known.baseUrl)} (or set SEEDANCE_BASE_URL).`,
  };
}
