import type { ProviderName, TaskState, TaskStatus } from './types.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);
const urls = (v: unknown): string[] => (Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string' && u !== '') : []);

/** What differs between the two providers: endpoints, answer shapes and where a person looks. */
export interface ProviderAdapter {
  name: ProviderName;
  /** Seeds 000/002 (evolink) and 004 (aigptimage). */
  defaultBaseUrl: string;
  /** Where a person sees the tasks of the account. */
  dashboard: string;
  keysPage: string;
  createPath: string;
  taskUrl(baseUrl: string, taskId: string): string;
  /** aigptimage answers HTTP 200 with `{code: 402, msg}`: the code in the body, when there is one. */
  bodyStatus(json: unknown): number | null;
  /** The task id (and usage) of a 2xx create answer; taskId null when the body has none. */
  parseCreate(json: unknown): { taskId: string | null; status: TaskStatus | null; usage: Json | null };
  /** A task answer; null when it has no recognisable task. */
  parseTask(json: unknown, taskId: string): TaskState | null;
  /** The provider's code and words from an error body. */
  errorOf(json: unknown): { code: string | null; message: string | null };
}

const EVOLINK_STATES: Record<string, TaskStatus> = {
  pending: 'pending', queued: 'pending', processing: 'processing', running: 'processing',
  completed: 'completed', succeeded: 'completed', failed: 'failed', cancelled: 'failed', canceled: 'failed',
};

/** The aigptimage page shows `waiting`; the rest are the usual words of this jobs API. */
const AIGPTIMAGE_STATES: Record<string, TaskStatus> = {
  waiting: 'pending', queuing: 'pending', queued: 'pending', pending: 'pending', created: 'pending',
  generating: 'processing', processing: 'processing', running: 'processing',
  success: 'completed', succeeded: 'completed', completed: 'completed', done: 'completed',
  fail: 'failed', failed: 'failed', error: 'failed', cancelled: 'failed', canceled: 'failed',
};

/** An unknown word is taken as still running: the poll goes on until a known end state or the timeout. */
const mapState = (table: Record<string, TaskStatus>, s: string | null): TaskStatus => (s && table[s.toLowerCase()]) || 'processing';

const trimBase = (b: string) => b.replace(/\/+$/, '');

export const evolink: ProviderAdapter = {
  name: 'evolink',
  defaultBaseUrl: 'https://api.evolink.ai',
  dashboard: 'https://evolink.ai/dashboard',
  keysPage: 'https://evolink.ai/dashboard/keys',
  createPath: '/v1/videos/generations',
  taskUrl: (base, id) => `${trimBase(base)}/v1/tasks/${encodeURIComponent(id)}`,
  bodyStatus: () => null,
  parseCreate(json) {
    const j = obj(json);
    const status = str(j?.status);
    return { taskId: str(j?.id), status: status ? mapState(EVOLINK_STATES, status) : null, usage: obj(j?.usage) };
  },
  parseTask(json, taskId) {
    const j = obj(json);
    if (!j || (!str(j.status) && !str(j.id))) return null;
    const status = mapState(EVOLINK_STATES, str(j.status));
    const err = obj(j.error);
    const progress = typeof j.progress === 'number' && Number.isFinite(j.progress) ? j.progress : null;
    return {
      provider: 'evolink',
      taskId: str(j.id) ?? taskId,
      status,
      providerStatus: str(j.status) ?? 'unknown',
      progress,
      resultUrls: urls(j.results),
      error: status === 'failed' ? { code: str(err?.code) ?? (str(j.status) === 'failed' ? null : str(j.status)), message: str(err?.message) } : null,
      usage: obj(j.usage),
    };
  },
  errorOf(json) {
    const e = obj(obj(json)?.error);
    return { code: str(e?.code), message: str(e?.message) ?? str(obj(json)?.message) };
  },
};

export const aigptimage: ProviderAdapter = {
  name: 'aigptimage',
  defaultBaseUrl: 'https://aigptimage.com',
  dashboard: 'https://aigptimage.com (your account\'s task history)',
  keysPage: 'the API Keys page of https://aigptimage.com',
  createPath: '/api/v1/jobs/createTask',
  taskUrl: (base, id) => `${trimBase(base)}/api/v1/jobs/recordInfo?taskId=${encodeURIComponent(id)}`,
  bodyStatus(json) {
    const code = obj(json)?.code;
    return typeof code === 'number' && Number.isInteger(code) ? code : null;
  },
  parseCreate(json) {
    return { taskId: str(obj(obj(json)?.data)?.taskId), status: null, usage: null };
  },
  parseTask(json, taskId) {
    const d = obj(obj(json)?.data);
    if (!d || (!str(d.state) && !str(d.taskId))) return null;
    const status = mapState(AIGPTIMAGE_STATES, str(d.state));
    let result: Json | null = obj(d.resultJson);
    if (!result && typeof d.resultJson === 'string') {
      try {
        result = obj(JSON.parse(d.resultJson));
      } catch {
        result = null;
      }
    }
    const failCode = str(d.failCode);
    const failMsg = str(d.failMsg);
    return {
      provider: 'aigptimage',
      taskId: str(d.taskId) ?? taskId,
      status,
      providerStatus: str(d.state) ?? 'unknown',
      progress: status === 'completed' ? 100 : null,
      resultUrls: urls(result?.resultUrls),
      error: status === 'failed' ? { code: failCode, message: failMsg } : null,
      usage: null,
    };
  },
  errorOf(json) {
    const j = obj(json);
    return { code: str(j?.code), message: str(j?.msg) ?? str(j?.message) };
  },
};

export const ADAPTERS: Record<ProviderName, ProviderAdapter> = { evolink, aigptimage };

export function adapter(name: ProviderName): ProviderAdapter {
  return ADAPTERS[name];
}
