import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * A real HTTP server on 127.0.0.1 that speaks both providers' dialects (the EvoLink API reference and the aigptimage page):
 *   evolink     POST /v1/videos/generations, GET /v1/tasks/{id}
 *   aigptimage  POST /api/v1/jobs/createTask, GET /api/v1/jobs/recordInfo?taskId=
 *   results     GET /files/{taskId}/video.mp4 (fixtures/sample/clip.mp4), /files/{taskId}/page.html
 *   assets      GET /assets/{name}: the files of fixtures/sample, for requests that name URLs
 * What the next create or poll does is planned per test; every request is counted.
 */
export type CreatePlan =
  | { kind: 'ok' }
  /** An error answer; aigptimage puts `code` in the body too (`inBody`: HTTP 200 with the code only in the body). */
  | { kind: 'status'; status: number; code?: string; message?: string; retryAfter?: string; inBody?: boolean }
  /** The task is made, then the answer is a 500: the double-billing trap. */
  | { kind: 'made-then-500' }
  /** The request is read and never answered. */
  | { kind: 'hang' }
  /** The request is read, a task is made, the connection is dropped. */
  | { kind: 'drop' }
  /** A task is made; the answer is 200 with a body that is not JSON. */
  | { kind: 'malformed' };

export type PollPlan = { kind: 'status'; status: number; retryAfter?: string } | { kind: 'malformed' } | { kind: 'drop' };

export type State = 'pending' | 'processing' | 'completed' | 'failed';

export interface TaskPlan {
  /** The state each poll sees, in order; the last one repeats. */
  states: State[];
  failure?: { code: string; message: string };
  /** What the result link serves. */
  result?: 'video' | 'html';
  /** Result links per task. */
  results?: number;
}

export interface FakeTask {
  id: string;
  dialect: 'evolink' | 'aigptimage';
  body: unknown;
  polls: number;
  plan: TaskPlan;
}

export interface FakeProvider {
  origin: string;
  port: number;
  apiKey: string;
  /** Every request of any kind. */
  requests: { method: string; path: string }[];
  /** Create requests received (each one a possible bill). */
  creates: number;
  /** Tasks that exist (what the account would be billed for). */
  tasks: FakeTask[];
  bodies: unknown[];
  authorizations: (string | undefined)[];
  polls: number;
  createPlan: CreatePlan[];
  pollPlan: PollPlan[];
  taskPlan: TaskPlan;
  /** GET every asset URL of a create body, as the real service does, before answering. */
  fetchAssets: boolean;
  assetFetches: { url: string; status: number; bytes: number; contentType: string | null }[];
  /** From now on result downloads pause half-way until released (to watch the download from outside). */
  hold(): { halfSent: Promise<void>; release: () => void };
  resultRequests(): number;
  /** Requests to the API itself (create and status), not to results or assets. */
  apiRequests(): number;
  /** URL of a fixtures/sample file served by this server. */
  assetUrl(name: string): string;
  /** Back to a fresh provider: no plans, counts, tasks or recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

export const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));
export const CLIP = join(SAMPLE, 'clip.mp4');
const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', mp4: 'video/mp4', mp3: 'audio/mpeg', wav: 'audio/wav' };

function assetUrls(body: unknown): string[] {
  const b = (body ?? {}) as Record<string, unknown>;
  const src = (b.input && typeof b.input === 'object' ? b.input : b) as Record<string, unknown>;
  return ['image_urls', 'video_urls', 'audio_urls', 'reference_image_urls', 'reference_video_urls', 'reference_audio_urls'].flatMap((k) =>
    Array.isArray(src[k]) ? (src[k] as unknown[]).filter((u): u is string => typeof u === 'string') : [],
  );
}

/** `port` 0 picks a free one; a given port lets a test bring a provider back where a connection was refused. */
export async function startFakeProvider(apiKey = 'sk-fake-0123456789abcdef', port = 0): Promise<FakeProvider> {
  const clip = readFileSync(CLIP);
  const sockets = new Set<Socket>();
  let seq = 0;
  let held: { gate: Promise<void>; reached: () => void } | null = null;
  const fake: FakeProvider = {
    origin: '',
    port: 0,
    apiKey,
    requests: [],
    creates: 0,
    tasks: [],
    bodies: [],
    authorizations: [],
    polls: 0,
    createPlan: [],
    pollPlan: [],
    taskPlan: { states: ['pending', 'processing', 'completed'] },
    fetchAssets: false,
    assetFetches: [],
    reset() {
      fake.createPlan = [];
      fake.pollPlan = [];
      fake.taskPlan = { states: ['pending', 'processing', 'completed'] };
      fake.creates = 0;
      fake.polls = 0;
      fake.tasks.length = 0;
      fake.bodies.length = 0;
      fake.requests.length = 0;
    },
    hold() {
      let release!: () => void;
      let reached!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const halfSent = new Promise<void>((r) => (reached = r));
      held = { gate, reached };
      return { halfSent, release };
    },
    resultRequests: () => fake.requests.filter((r) => r.path.startsWith('/files/')).length,
    apiRequests: () => fake.requests.filter((r) => r.path.startsWith('/v1/') || r.path.startsWith('/api/')).length,
    assetUrl: (name) => `${fake.origin}/assets/${encodeURIComponent(name)}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };

  const errorBody = (dialect: FakeTask['dialect'], status: number, code: string, message: string) =>
    dialect === 'evolink' ? { error: { code, message, type: 'invalid_request_error' } } : { code: status, msg: message };

  const makeTask = (dialect: FakeTask['dialect'], body: unknown): FakeTask => {
    seq++;
    const id = dialect === 'evolink' ? `task-unified-${1774857405 + seq}-fake${seq}` : `task_fake${seq}`;
    const t: FakeTask = { id, dialect, body, polls: 0, plan: fake.taskPlan };
    fake.tasks.push(t);
    return t;
  };

  const resultUrls = (t: FakeTask) =>
    Array.from({ length: t.plan.results ?? 1 }, (_, i) => `${fake.origin}/files/${t.id}/${t.plan.result === 'html' ? 'page.html' : 'video.mp4'}?n=${i + 1}`);

  const taskBody = (t: FakeTask, state: State) => {
    if (t.dialect === 'evolink') {
      return {
        id: t.id,
        object: 'video.generation.task',
        model: 'seedance-2.0-reference-to-video',
        status: state,
        progress: state === 'completed' ? 100 : state === 'processing' ? 40 : 0,
        type: 'video',
        ...(state === 'completed' ? { results: resultUrls(t) } : {}),
        ...(state === 'failed' ? { error: { ...(t.plan.failure ?? { code: 'internal_error', message: 'generation failed' }), type: 'task_error' } } : {}),
        usage: { billing_rule: 'per_second', credits_reserved: 60, user_group: 'default' },
      };
    }
    const words = { pending: 'waiting', processing: 'generating', completed: 'success', failed: 'fail' } as const;
    return {
      code: 200,
      msg: 'success',
      data: {
        taskId: t.id,
        model: 'seedance-2.0-reference-to-video',
        state: words[state],
        param: JSON.stringify(t.body),
        resultJson: state === 'completed' ? JSON.stringify({ resultUrls: resultUrls(t) }) : null,
        failCode: state === 'failed' ? (t.plan.failure?.code ?? '500') : null,
        failMsg: state === 'failed' ? (t.plan.failure?.message ?? 'generation failed') : null,
        costTime: null,
        completeTime: null,
        createTime: 1757584164490,
      },
    };
  };

  async function readBody(req: IncomingMessage): Promise<string> {
    let s = '';
    for await (const chunk of req) s += chunk;
    return s;
  }

  async function create(req: IncomingMessage, res: ServerResponse, dialect: FakeTask['dialect']) {
    fake.creates++;
    const text = await readBody(req);
    fake.authorizations.push(req.headers.authorization);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, errorBody(dialect, 400, 'invalid_request', 'body is not JSON'));
    }
    fake.bodies.push(body);
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      // echo what was sent, as careless services do: the client must redact it
      return send(res, 401, errorBody(dialect, 401, 'unauthorized', `Invalid or expired token (got '${req.headers.authorization ?? ''}')`));
    }
    const plan = fake.createPlan.shift() ?? { kind: 'ok' };
    if (plan.kind === 'status') {
      const headers: Record<string, string> = plan.retryAfter ? { 'retry-after': plan.retryAfter } : {};
      const b = errorBody(dialect, plan.status, plan.code ?? 'error', plan.message ?? `HTTP ${plan.status}`);
      return send(res, plan.inBody ? 200 : plan.status, b, headers);
    }
    if (plan.kind === 'hang') return; // the socket is destroyed on close
    if (fake.fetchAssets) {
      for (const url of assetUrls(body)) {
        try {
          const r = await fetch(url);
          const bytes = Buffer.from(await r.arrayBuffer()).length;
          fake.assetFetches.push({ url, status: r.status, bytes, contentType: r.headers.get('content-type') });
        } catch {
          fake.assetFetches.push({ url, status: 0, bytes: 0, contentType: null });
        }
      }
    }
    const t = makeTask(dialect, body);
    if (plan.kind === 'made-then-500') return send(res, 500, errorBody(dialect, 500, 'internal_error', 'Internal server error'));
    if (plan.kind === 'drop') return void req.socket.destroy();
    if (plan.kind === 'malformed') return send(res, 200, '{"id": "task-unified-');
    if (dialect === 'evolink') {
      return send(res, 200, {
        id: t.id,
        object: 'video.generation.task',
        created: 1774857405,
        model: 'seedance-2.0-reference-to-video',
        status: 'pending',
        progress: 0,
        type: 'video',
        task_info: { can_cancel: true, estimated_time: 180 },
        usage: { billing_rule: 'per_second', credits_reserved: 60, user_group: 'default' },
      });
    }
    return send(res, 200, { code: 200, msg: 'success', data: { taskId: t.id } });
  }

  function poll(req: IncomingMessage, res: ServerResponse, dialect: FakeTask['dialect'], id: string) {
    fake.polls++;
    if (req.headers.authorization !== `Bearer ${apiKey}`) return send(res, 401, errorBody(dialect, 401, 'unauthorized', 'Authentication required'));
    const plan = fake.pollPlan.shift();
    if (plan?.kind === 'status') return send(res, plan.status, errorBody(dialect, plan.status, 'internal_error', 'Failed to retrieve task status'), plan.retryAfter ? { 'retry-after': plan.retryAfter } : {});
    if (plan?.kind === 'malformed') return send(res, 200, '<html>502 Bad Gateway</html>');
    if (plan?.kind === 'drop') return void req.socket.destroy();
    const t = fake.tasks.find((x) => x.id === id && x.dialect === dialect);
    if (!t) return send(res, 404, errorBody(dialect, 404, 'task_not_found', 'The requested task could not be found'));
    const state = t.plan.states[Math.min(t.polls, t.plan.states.length - 1)];
    t.polls++;
    return send(res, 200, taskBody(t, state));
  }

  async function result(req: IncomingMessage, res: ServerResponse, file: string) {
    if (req.headers.authorization) return send(res, 400, { error: 'result links take no Authorization header' });
    if (file === 'page.html') {
      const html = '<!doctype html><html><body>Sign in to see this video</body></html>';
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': html.length });
      return void res.end(html);
    }
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': clip.length });
    const hold = held;
    if (!hold) return void res.end(clip);
    const half = Math.floor(clip.length / 2);
    res.write(clip.subarray(0, half));
    hold.reached();
    await hold.gate;
    res.end(clip.subarray(half));
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    fake.requests.push({ method: req.method ?? '', path: url.pathname + url.search });
    const run = async () => {
      if (req.method === 'POST' && url.pathname === '/v1/videos/generations') return create(req, res, 'evolink');
      if (req.method === 'POST' && url.pathname === '/api/v1/jobs/createTask') return create(req, res, 'aigptimage');
      const evo = /^\/v1\/tasks\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && evo) return poll(req, res, 'evolink', decodeURIComponent(evo[1]));
      if (req.method === 'GET' && url.pathname === '/api/v1/jobs/recordInfo') return poll(req, res, 'aigptimage', url.searchParams.get('taskId') ?? '');
      const asset = /^\/assets\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && asset) {
        const name = basename(decodeURIComponent(asset[1]));
        const data = await readFile(join(SAMPLE, name)).catch(() => null);
        if (!data) return send(res, 404, { error: 'no such asset' });
        res.writeHead(200, { 'content-type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', 'content-length': data.length });
        return void res.end(data);
      }
      const file = /^\/files\/[^/]+\/(video\.mp4|page\.html)$/.exec(url.pathname);
      if (req.method === 'GET' && file) return result(req, res, file[1]);
      send(res, 404, { error: { code: 'not_found', message: `no route ${req.method} ${url.pathname}` } });
    };
    run().catch(() => res.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  fake.port = (server.address() as AddressInfo).port;
  fake.origin = `http://127.0.0.1:${fake.port}`;
  return fake;
}
