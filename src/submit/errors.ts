import { safeText } from '../lib/safe-text.js';
import { PreflightError } from '../errors.js';
import type { ProviderName } from './types.js';

export type SubmitErrorKind =
  /** The provider answered no (4xx): nothing was created, nothing billed. */
  | 'rejected'
  /** The request never reached the provider (refused connection, DNS), after retries. */
  | 'not_sent'
  /** It was sent, and whether a task exists is unknown (5xx, timeout, dropped connection, unreadable answer). */
  | 'ambiguous'
  | 'task_failed'
  /** A status answer that could not be read (after retries). */
  | 'bad_response'
  | 'wait_timeout'
  | 'download'
  | 'upload'
  /** The journal has the same body sent recently. */
  | 'duplicate'
  /** Missing setup: no uploader for local paths, a field the target dialect lacks, ... */
  | 'config';

export interface SubmitErrorInit {
  kind: SubmitErrorKind;
  message: string;
  hint: string;
  provider?: ProviderName | null;
  status?: number | null;
  /** The provider's own error code (or the network error's, e.g. ECONNREFUSED). */
  providerCode?: string | null;
  providerMessage?: string | null;
  taskId?: string | null;
}

/**
 * Every failure of submit/status/download: `code` is `submit_<kind>`; the HTTP status, the provider's code
 * and words, and what to do.
 */
export class SubmitError extends PreflightError {
  readonly kind: SubmitErrorKind;
  declare readonly hint: string;
  readonly provider: ProviderName | null;
  readonly status: number | null;
  readonly providerCode: string | null;
  readonly providerMessage: string | null;
  readonly taskId: string | null;

  constructor(init: SubmitErrorInit) {
    super(`submit_${init.kind}`, init.message, init.hint);
    this.name = 'SubmitError';
    this.kind = init.kind;
    this.provider = init.provider ?? null;
    this.status = init.status ?? null;
    this.providerCode = init.providerCode ?? null;
    this.providerMessage = init.providerMessage ?? null;
    this.taskId = init.taskId ?? null;
  }

  /** Was a task created (and so billed)? 'unknown' when it may have been. */
  get sent(): boolean | 'unknown' {
    if (this.kind === 'ambiguous') return 'unknown';
    return this.taskId !== null && this.kind !== 'duplicate';
  }

  toJSON() {
    return {
      code: this.code,
      kind: this.kind,
      message: this.message,
      hint: this.hint,
      provider: this.provider,
      status: this.status,
      providerCode: this.providerCode,
      providerMessage: this.providerMessage,
      taskId: this.taskId,
      sent: this.sent,
    };
  }
}

/** Sent, but no answer says whether a task was made: never retried automatically. */
export class AmbiguousSubmitError extends SubmitError {
  constructor(init: Omit<SubmitErrorInit, 'kind'>) {
    super({ ...init, kind: 'ambiguous' });
    this.name = 'AmbiguousSubmitError';
  }
}

export function isSubmitError(e: unknown): e is SubmitError {
  return e instanceof SubmitError;
}

/** How the CLI heads the error line. */
export const KIND_WORDS: Record<SubmitErrorKind, string> = {
  rejected: 'refused',
  not_sent: 'not sent',
  ambiguous: 'outcome unknown',
  task_failed: 'task failed',
  bad_response: 'status unreadable',
  wait_timeout: 'still running',
  download: 'download failed',
  upload: 'upload failed',
  duplicate: 'held back',
  config: 'setup needed',
};

/** The words the CLI prints (and the MCP server returns): what happened, the provider's own words when new, the hint. */
export function submitErrorText(e: SubmitError): string {
  const detail = e.providerMessage && !e.message.includes(e.providerMessage) ? `\n  provider said: ${safeText(e.providerMessage)}` : '';
  return `seedance-preflight: ${KIND_WORDS[e.kind]}: ${safeText(e.message)}${detail}\n  ${safeText(e.hint)}`;
}

/** Exit code for the CLI: setup mistakes are 2 (fix the command), everything else 1. */
export function exitCodeOf(e: SubmitError): 1 | 2 {
  return e.kind === 'config' || e.kind === 'duplicate' ? 2 : 1;
}
