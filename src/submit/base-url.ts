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
