import { join } from 'node:path';
import { UsageError } from '../../cli/errors.js';
import type { ServerContext } from './types.js';

/** The provider key: from the server's environment only (a tool argument would end up in the client's logs). */
export function apiKey(env: NodeJS.ProcessEnv): string {
  const key = env.SEEDANCE_API_KEY;
  if (!key) throw new UsageError('no API key', 'set SEEDANCE_API_KEY to your evolink or aigptimage key in the server\'s environment (the "env" of its entry in the client\'s mcpServers)');
  return key;
}

/** Where submit and status send the key: the server's --base-url, else SEEDANCE_BASE_URL, else the provider's official host. */
export function baseUrlOf(server: ServerContext): string | undefined {
  return server.baseUrl ?? (server.env.SEEDANCE_BASE_URL || undefined);
}

/** The same journal of sent requests the CLI keeps when run in the root. */
export function journalDir(server: ServerContext): string {
  return join(server.root.dir, '.seedance-preflight');
}

/** A wait that ends early, rejecting, when the call is cancelled. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}
