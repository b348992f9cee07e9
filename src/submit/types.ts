import type { Clock } from '../remote/retry.js';
import type { Report } from '../types.js';
import type { Uploader } from '../upload/types.js';

export type ProviderName = 'evolink' | 'aigptimage';
export const PROVIDERS: readonly ProviderName[] = ['evolink', 'aigptimage'];

/** Task states of both providers, in evolink's words (aigptimage's are mapped onto them). */
export type TaskStatus = 'pending' | 'processing' | 'completed' | 'failed';

export interface TaskState {
  provider: ProviderName;
  taskId: string;
  status: TaskStatus;
  /** The provider's own word for the state (aigptimage: waiting, generating, success, fail, ...). */
  providerStatus: string;
  /** 0-100 when the provider says (evolink); null otherwise. */
  progress: number | null;
  resultUrls: string[];
  /** Task failure as the provider words it (evolink error.code/message; aigptimage failCode/failMsg). */
  error: { code: string | null; message: string | null } | null;
  /** Usage/billing as the provider sends it (evolink `usage`); null when it sends none. */
  usage: Record<string, unknown> | null;
}

/** The injectable transport and time. `fetch` is the WHATWG one (globalThis.fetch by default). */
export interface Transport {
  fetch?: typeof fetch;
  clock?: Partial<Clock>;
  /** One HTTP exchange, headers and body. Default 60 s. A create that runs out is ambiguous. */
  requestTimeoutMs?: number;
}

export interface ProviderTarget extends Transport {
  provider: ProviderName;
  /** Default: the provider's documented base URL. */
  baseUrl?: string;
  apiKey: string;
}

export type SubmitPhase = 'preflight' | 'upload' | 'create' | 'poll' | 'download';

export interface ProgressEvent {
  phase: SubmitPhase;
  message: string;
  taskId?: string;
  status?: TaskStatus;
  progress?: number | null;
  /** Milliseconds since the task was created (poll phase). */
  elapsedMs?: number;
}

export interface WaitOptions {
  /** Seconds between polls. Default 10. */
  pollIntervalSec?: number;
  /** Give up waiting after this many seconds (the task goes on). Default 1800. */
  timeoutSec?: number;
  onProgress?: (e: ProgressEvent) => void;
}

export interface JournalOptions {
  /** Folder of submissions.jsonl (the CLI uses .seedance-preflight in the working directory). */
  dir: string;
  /** An identical body sent within this many minutes is refused unless `force`. Default 10. */
  windowMin?: number;
}

export interface SubmitOptions extends Transport, WaitOptions {
  /** Default: the request's own dialect (evolink for evolink bodies, aigptimage for `{model, input}`). */
  provider?: ProviderName;
  baseUrl?: string;
  apiKey: string;
  /** Turns local asset paths into URLs the provider can fetch. Required when the request has paths. */
  uploader?: Uploader;
  /** Poll until the task completes or fails. */
  wait?: boolean;
  /** Save each result here (implies wait). */
  download?: string;
  /** Sets callback_url (evolink only); checked by preflight like one written in the body. */
  callbackUrl?: string;
  /** Folder relative asset paths of a body object resolve against (manifests: their own folder). */
  baseDir?: string;
  /** Name of the request in the report (manifests: their path). */
  source?: string;
  /** Local journal of sent bodies that refuses a resend within a window. Off unless given. */
  journal?: JournalOptions | false;
  /** Send even when the journal has the same body recently. */
  force?: boolean;
  /** Preflight knobs (probe is injectable for tests). */
  probe?: (path: string) => Promise<import('../types.js').Facts>;
  allowPrivateUrls?: boolean;
  /** Upload files outside the manifest's folder (symlinks, ../ and absolute paths). Default false for a manifest file. */
  followSymlinksOutside?: boolean;
  /** User profiles for the preflight (see LintOptions.profiles). */
  profiles?: readonly unknown[];
}

export interface SavedResult {
  url: string;
  path: string;
  bytes: number;
  format: string | null;
  durationSec: number | null;
  width: number | null;
  height: number | null;
}

export interface UploadedAsset {
  path: string;
  key: string;
  /** The URL without its query (the signature is a credential of sorts: not printed). */
  url: string;
  expiresAt: string;
}

export type SubmitResult =
  | { sent: false; reason: 'preflight'; provider: ProviderName; report: Report; notes: string[] }
  | {
      sent: true;
      provider: ProviderName;
      baseUrl: string;
      taskId: string;
      status: TaskStatus;
      progress: number | null;
      resultUrls: string[];
      saved: SavedResult[];
      usage: Record<string, unknown> | null;
      /** From the preflight billing estimate (credits per second x billable seconds), when the profile has prices. */
      estimatedCredits: number | null;
      uploads: UploadedAsset[];
      notes: string[];
      report: Report;
    };
