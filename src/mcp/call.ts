import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { withChildScope } from '../lib/children.js';
import { usageText } from '../cli/errors.js';
import { PreflightError } from '../errors.js';
import { safeText } from '../lib/safe-text.js';
import { isSubmitError, submitErrorText } from '../submit/errors.js';

export type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** What a tool body gets: a progress callback (a no-op unless the client asked) and the call's AbortSignal. */
export interface CallContext {
  progress: (done: number, total?: number, message?: string) => void;
  signal: AbortSignal;
}

/** What a tool body returns: the short words for a person and the data for the agent. */
export interface ToolOutput {
  text: string;
  data: Record<string, unknown>;
  /** A result that is an answer, yet a failure the agent must see (a failed task). */
  isError?: boolean;
}

/**
 * Wraps a tool body: progress notifications when the client gave a progressToken, every child
 * process the call starts killed when it is cancelled, errors turned into `isError` results with the
 * words the CLI prints, and secrets taken out of everything returned.
 */
export function toolCall<A>(run: (args: A, ctx: CallContext) => Promise<ToolOutput>, redact: (r: CallToolResult) => CallToolResult) {
  return async (args: A, extra: Extra): Promise<CallToolResult> => {
    const token = extra._meta?.progressToken;
    let last = -1;
    // in order, and all out before the result: a client drops progress that comes after it
    let sent = Promise.resolve();
    const progress: CallContext['progress'] = (done, total, message) => {
      // the protocol wants progress to grow with each notification
      if (token === undefined || done <= last) return;
      last = done;
      const params = { progressToken: token, progress: done, total, message };
      sent = sent.then(() => extra.sendNotification({ method: 'notifications/progress', params })).catch(() => {});
    };
    let result: CallToolResult;
    try {
      const out = await withChildScope(extra.signal, () => run(args, { progress, signal: extra.signal }));
      result = { content: [{ type: 'text', text: out.text }], structuredContent: out.data, ...(out.isError ? { isError: true } : {}) };
    } catch (e) {
      result = { content: [{ type: 'text', text: errorText(e) }], isError: true };
    }
    await sent;
    return redact(result);
  };
}

/** The words the CLI prints for the same failure (without the exit code). */
export function errorText(e: unknown): string {
  const err = e as Error & { hint?: string; name?: string };
  if (isSubmitError(e)) return submitErrorText(e);
  // every error the library throws on purpose carries a message and what to do: the words the CLI prints
  if (e instanceof PreflightError || ['UsageError', 'UploadError', 'PreflightUsageError'].includes(err?.name)) return usageText(err);
  if (err?.name === 'AbortError') return 'seedance-preflight: cancelled';
  return `seedance-preflight: internal error: ${safeText(err?.message ?? String(e))}`;
}
