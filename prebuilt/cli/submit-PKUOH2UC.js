import {
  UPLOADER_SETUP,
  UploadError
} from "./chunk-RBKOC2SY.js";
import {
  downloadResults
} from "./chunk-X2WGRIAL.js";
import {
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  ambiguousHint,
  getTask,
  pollUntilDone,
  statusHint,
  taskFailure,
  waitForTask
} from "./chunk-G36VSKSV.js";
import {
  DEFAULT_REQUEST_TIMEOUT_MS,
  NOT_SENT_CODES,
  NetFailure,
  createRetryPolicy,
  effectiveStatus,
  makeClient,
  readRetryPolicy,
  snippet
} from "./chunk-JVNU76HA.js";
import {
  ADAPTERS,
  adapter
} from "./chunk-XYRULN2P.js";
import {
  redactor
} from "./chunk-JQ26CTUZ.js";
import {
  AmbiguousSubmitError,
  SubmitError,
  exitCodeOf,
  isSubmitError
} from "./chunk-OUK7JTJY.js";
import {
  preflightAny
} from "./chunk-KXHCVECP.js";
import "./chunk-YJ4YCP6N.js";
import "./chunk-K4BUYFQS.js";
import "./chunk-TE6BXIRG.js";
import "./chunk-7RN3WETQ.js";
import {
  isRemoteFailure,
  openUrl
} from "./chunk-HHKJK7JU.js";
import {
  DEFAULT_EXPIRY_MARGIN_SEC
} from "./chunk-ZTFXBDND.js";
import {
  retryDecision
} from "./chunk-HQRQGH7A.js";
import "./chunk-QOFGJFUA.js";
import "./chunk-OCHUQYK5.js";
import "./chunk-L66XFO7E.js";
import "./chunk-7PJ34LFJ.js";
import "./chunk-XMF4D722.js";
import "./chunk-JOW2LR6I.js";
import {
  loadManifest,
  normalizeRequest
} from "./chunk-4MASNQQO.js";
import {
  fieldNames
} from "./chunk-JJMBHKIC.js";
import {
  readRegularFile
} from "./chunk-DHUFD2HK.js";
import {
  selectProfile
} from "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/submit/submit.ts
import { realpath } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/submit/assets.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename } from "node:path";
async function sha256File(path) {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(path)) h.update(chunk);
  return h.digest("hex");
}
function localRefs(req) {
  return [...req.images, ...req.videos, ...req.audios].filter((r) => r.location.type === "path");
}
async function hashLocal(req, uploader) {
  const refs = localRefs(req);
  if (refs.length && !uploader) {
    const list = refs.map((r) => r.written).join(", ");
    throw new SubmitError({ kind: "config", message: `the request names local files (${list}); the provider can only fetch URLs, and no uploader is configured`, hint: UPLOADER_SETUP });
  }
  const byPath = /* @__PURE__ */ new Map();
  const out = [];
  for (const ref of refs) {
    const path = ref.location.path;
    let sha = byPath.get(path);
    if (!sha) byPath.set(path, sha = await sha256File(path));
    out.push({ ref, path, sha256: sha, key: `${sha.slice(0, 16)}/${basename(path).replace(/[^A-Za-z0-9._-]+/g, "_")}` });
  }
  return out;
}
function replaceAssets(body, req, assets, value) {
  const copy = structuredClone(body);
  const names = fieldNames(req.dialect);
  const holder = names.prefix.reduce((o, k) => o[k], copy);
  for (const a of assets) holder[names[a.ref.kind]][a.ref.index] = value(a);
  return copy;
}
async function uploadAll(assets, uploader, opts = {}) {
  const urls = /* @__PURE__ */ new Map();
  const uploaded = [];
  for (const a of assets) {
    if (urls.has(a.path)) continue;
    opts.onEach?.(a.path);
    let put;
    try {
      put = await uploader.put(a.path, a.key);
    } catch (e) {
      const err = e;
      throw new SubmitError({ kind: "upload", message: `upload of ${a.ref.written} failed: ${err.message}`, hint: e instanceof UploadError ? e.hint : `check the uploader${uploader.describe ? ` (${uploader.describe})` : ""}` });
    }
    if (put.expiresAt.getTime() < Date.now() + DEFAULT_EXPIRY_MARGIN_SEC * 1e3) {
      throw new SubmitError({ kind: "upload", message: `the uploader's URL for ${a.ref.written} expires at ${put.expiresAt.toISOString()}, before the provider would fetch it`, hint: "give the uploaded URLs a lifetime of at least a day (--s3-expires 86400 or more)" });
    }
    await verify(a, put.url, opts.allowPrivateUrls);
    urls.set(a.path, put.url);
    uploaded.push({ path: a.path, key: a.key, url: put.url.split("?")[0], expiresAt: put.expiresAt.toISOString() });
  }
  return { urls, uploaded };
}
async function verify(a, url, allowPrivate = false) {
  const src = await openUrl(url, { allowPrivate });
  if (isRemoteFailure(src)) {
    throw new SubmitError({
      kind: "upload",
      message: `${a.ref.written} was uploaded, but its URL does not serve it (${src.detail}); nothing was sent`,
      hint: src.reason === "blocked_address" ? "the S3 endpoint is a private or loopback address the provider cannot reach: use a public endpoint" : src.hint
    });
  }
  await src.close();
}

// src/submit/create.ts
async function createTask(c, body, opts = {}) {
  const url = `${c.baseUrl}${c.p.createPath}`;
  const payload = JSON.stringify(body);
  const retries = [];
  for (let attempt = 1; ; attempt++) {
    const sentAt = new Date(c.clock.now());
    let a;
    try {
      a = await c.call("POST", url, payload);
    } catch (e) {
      if (!(e instanceof NetFailure)) throw e;
      if (!e.notSent) {
        throw c.ambiguous({
          message: `the create request to ${url} was sent, then ${e.code === "TIMEOUT" ? e.message : `the connection failed (${e.code}: ${e.message})`}`,
          providerCode: e.code,
          hint: ambiguousHint(c.p, null, sentAt)
        });
      }
      const d = retryDecision({ error: e.code }, attempt, createRetryPolicy, c.clock);
      if (!d.retry) {
        throw c.fail({
          kind: "not_sent",
          providerCode: e.code,
          message: `could not connect to ${c.baseUrl} (${e.code}: ${e.message}); nothing was sent${attempt > 1 ? ` (${attempt} attempts)` : ""}`,
          hint: "Check the network and --base-url, then run the same command again: no task was created."
        });
      }
      retries.push({ why: d.why, delayMs: d.delayMs });
      opts.onRetry?.(d.why, d.delayMs);
      await c.clock.sleep(d.delayMs);
      continue;
    }
    const status = effectiveStatus(c, a);
    const { code, message } = c.p.errorOf(a.json);
    if (status === 429) {
      const d = retryDecision({ status, retryAfter: a.headers.get("retry-after") }, attempt, createRetryPolicy, c.clock);
      if (d.retry) {
        retries.push({ why: d.why, delayMs: d.delayMs });
        opts.onRetry?.(d.why, d.delayMs);
        await c.clock.sleep(d.delayMs);
        continue;
      }
      throw c.fail({ kind: "rejected", status, providerCode: code, providerMessage: message, message: `${c.p.name} rate-limited the create request (${d.why})`, hint: statusHint(c.p, 429, "create", { attempts: attempt }) });
    }
    if (status >= 300 && status < 400) {
      const to = a.headers.get("location");
      throw c.fail({
        kind: "rejected",
        status,
        message: `${url} answered with a redirect (HTTP ${status}${to ? ` to ${to}` : ""}), which is not followed for a create`,
        hint: `Set --base-url to where the API really is${to ? ` (the origin of ${to})` : ""}. No task was created.`
      });
    }
    if (status >= 400 && status < 500) {
      throw c.fail({
        kind: "rejected",
        status,
        providerCode: code,
        providerMessage: message ?? (snippet(a.text) || null),
        message: `${c.p.name} refused the request: HTTP ${status}${code ? ` ${code}` : ""}${message ? `: ${message}` : ""}`,
        hint: statusHint(c.p, status, "create", { model: opts.model })
      });
    }
    const created = status >= 200 && status < 300 ? c.p.parseCreate(a.json) : null;
    if (status >= 500 || !created?.taskId) {
      const taskId = c.p.parseCreate(a.json).taskId;
      const what = status >= 500 ? `HTTP ${status}${code ? ` ${code}` : ""}${message ? `: ${message}` : ""}` : a.json === void 0 ? `HTTP ${status} with a body that is not JSON ("${snippet(a.text, 80)}")` : `HTTP ${status} without a task id ("${snippet(a.text, 80)}")`;
      throw c.ambiguous({ status, providerCode: code, providerMessage: message, taskId, message: `the create request to ${url} was sent and answered ${what}`, hint: ambiguousHint(c.p, taskId, sentAt) });
    }
    return { taskId: created.taskId, status: created.status, usage: created.usage, retries };
  }
}

// src/submit/journal.ts
import { createHash as createHash2 } from "node:crypto";
import { appendFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
var JOURNAL_FILE = "submissions.jsonl";
var DEFAULT_WINDOW_MIN = 10;
var MAX_JOURNAL_BYTES = 64 * 1024 * 1024;
var BLOCKING = ["sending", "created", "ambiguous"];
function stableHash(value) {
  const canon = (v) => Array.isArray(v) ? v.map(canon) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
  return createHash2("sha256").update(JSON.stringify(canon(value))).digest("hex");
}
var Journal = class {
  constructor(dir, windowMin = DEFAULT_WINDOW_MIN) {
    this.dir = dir;
    this.windowMin = windowMin;
    this.file = join(dir, JOURNAL_FILE);
  }
  dir;
  windowMin;
  file;
  async entries() {
    const text = (await readRegularFile(this.file, MAX_JOURNAL_BYTES).catch(() => Buffer.alloc(0))).toString("utf8");
    const out = [];
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line);
        if (e && typeof e.hash === "string" && typeof e.at === "string") out.push(e);
      } catch {
      }
    }
    return out;
  }
  /** The latest entry of this body when it is recent and a task exists or may exist. */
  async blocking(hash, nowMs) {
    const last = (await this.entries()).filter((e) => e.hash === hash).at(-1);
    if (!last || !BLOCKING.includes(last.state)) return null;
    return nowMs - Date.parse(last.at) < this.windowMin * 6e4 ? last : null;
  }
  async append(e) {
    await mkdir(this.dir, { recursive: true });
    await appendFile(this.file, `${JSON.stringify(e)}
`);
  }
  /** Where a task id was sent, so `status` and `download` need no --provider or --base-url. */
  async findTask(taskId) {
    return (await this.entries()).filter((e) => e.taskId === taskId).at(-1) ?? null;
  }
};

// src/submit/translate.ts
var isObj = (v) => Boolean(v) && typeof v === "object" && !Array.isArray(v);
function providerOf(dialect) {
  return dialect === "aigptimage" ? "aigptimage" : "evolink";
}
function refuse(message, hint) {
  throw new SubmitError({ kind: "config", message, hint });
}
var EVOLINK_FIELDS = /* @__PURE__ */ new Set(["model", "prompt", "image_urls", "video_urls", "audio_urls", "duration", "quality", "aspect_ratio", "generate_audio", "callback_url", "seed", "content_filter"]);
var AIGPT_FIELDS = /* @__PURE__ */ new Set(["prompt", "reference_image_urls", "reference_video_urls", "reference_audio_urls", "ratio", "aspect_ratio", "resolution", "duration", "generate_audio", "web_search", "nsfw_checker"]);
function unknownFields(o, known, where, to) {
  const extra = Object.keys(o).filter((k) => !known.has(k));
  if (extra.length) refuse(`${where} has field${extra.length > 1 ? "s" : ""} ${extra.join(", ")} that cannot be carried over to ${to}`, `remove ${extra.length > 1 ? "them" : "it"}, or submit with --provider ${to === "evolink" ? "aigptimage" : "evolink"}`);
}
function toProvider(body, to) {
  if (!isObj(body)) return { body, notes: [] };
  const from = selectProfile(body).profile;
  if (providerOf(from.dialect) === to) return { body, notes: [] };
  return to === "aigptimage" ? evolinkToAigpt(body, from.dialect) : aigptToEvolink(body);
}
function evolinkToAigpt(b, dialect) {
  unknownFields(b, EVOLINK_FIELDS, "the request", "aigptimage");
  const notes = ["translated the evolink body to aigptimage: prompt, *_urls, quality, aspect_ratio move into input as prompt, reference_*_urls, resolution, ratio"];
  if (b.callback_url !== void 0) refuse("aigptimage has no callback_url", "remove callback_url (and --callback-url), or submit with --provider evolink");
  if (b.duration === -1) refuse("duration -1 (the model picks) has no aigptimage counterpart", "write a duration of 4-15 s, or submit with --provider evolink");
  if (b.seed !== void 0 && b.seed !== -1) refuse(`seed ${JSON.stringify(b.seed)} has no aigptimage counterpart`, "remove seed, or submit with --provider evolink");
  if (b.seed === -1) notes.push("dropped seed -1 (random, as aigptimage always is)");
  const tags = dialect === "evolink-tags";
  const written = [];
  const withDefault = (v, name, def) => {
    if (v !== void 0) return v;
    written.push(`${name} ${JSON.stringify(def)}`);
    return def;
  };
  const input = {};
  if (b.prompt !== void 0) input.prompt = b.prompt;
  if (b.image_urls !== void 0) input.reference_image_urls = b.image_urls;
  if (b.video_urls !== void 0) input.reference_video_urls = b.video_urls;
  if (b.audio_urls !== void 0) input.reference_audio_urls = b.audio_urls;
  input.ratio = withDefault(b.aspect_ratio, "ratio", tags ? "adaptive" : "16:9");
  input.resolution = withDefault(b.quality, "resolution", "720p");
  input.duration = withDefault(b.duration, "duration", 5);
  input.generate_audio = withDefault(b.generate_audio, "generate_audio", true);
  if (b.content_filter !== void 0) input.nsfw_checker = b.content_filter;
  if (written.length) notes.push(`wrote evolink's defaults out: ${written.join(", ")} (aigptimage's own may differ; its generate_audio default is false)`);
  return { body: { model: b.model, input }, notes };
}
function aigptToEvolink(b) {
  unknownFields(b, /* @__PURE__ */ new Set(["model", "input"]), "the request", "evolink");
  const i = isObj(b.input) ? b.input : {};
  unknownFields(i, AIGPT_FIELDS, "input", "evolink");
  const notes = ["translated the aigptimage body to evolink: input.prompt, reference_*_urls, resolution, ratio become prompt, *_urls, quality, aspect_ratio"];
  if (i.web_search === true) refuse("web_search has no evolink counterpart", "remove web_search, or submit with --provider aigptimage");
  if (i.web_search === false) notes.push("dropped web_search false (evolink has no web search)");
  if (i.nsfw_checker !== void 0) notes.push(`dropped nsfw_checker ${JSON.stringify(i.nsfw_checker)} (evolink applies its own content policy; failures come back as content_policy_violation)`);
  const out = { model: b.model };
  if (i.prompt !== void 0) out.prompt = i.prompt;
  if (i.reference_image_urls !== void 0) out.image_urls = i.reference_image_urls;
  if (i.reference_video_urls !== void 0) out.video_urls = i.reference_video_urls;
  if (i.reference_audio_urls !== void 0) out.audio_urls = i.reference_audio_urls;
  if (i.duration !== void 0) out.duration = i.duration;
  if (i.resolution !== void 0) out.quality = i.resolution;
  const ratio = i.ratio ?? i.aspect_ratio;
  if (ratio !== void 0) out.aspect_ratio = ratio;
  if (i.ratio !== void 0 && i.aspect_ratio !== void 0 && i.ratio !== i.aspect_ratio) notes.push(`kept ratio ${JSON.stringify(i.ratio)} over aspect_ratio ${JSON.stringify(i.aspect_ratio)} (ratio wins on aigptimage)`);
  if (i.generate_audio !== void 0) out.generate_audio = i.generate_audio;
  else {
    out.generate_audio = false;
    notes.push("wrote aigptimage's default out: generate_audio false (evolink's default is true)");
  }
  return { body: out, notes };
}

// src/submit/submit.ts
async function prepare(request, options) {
  const pf = { probe: options.probe, allowPrivateUrls: options.allowPrivateUrls, profiles: options.profiles };
  let raw;
  let baseDir;
  let source;
  let roots;
  if (typeof request === "string") {
    const loaded = await loadManifest(request);
    if (!loaded.parsed) {
      return { ready: false, result: { sent: false, reason: "preflight", provider: options.provider ?? providerOf(loaded.dialect), report: await preflightAny(request, pf), notes: [] } };
    }
    raw = loaded.raw;
    baseDir = dirname(resolve(request));
    source = options.source ?? request;
    if (!options.followSymlinksOutside) roots = [await realpath(baseDir).catch(() => baseDir)];
  } else {
    raw = request;
    baseDir = resolve(options.baseDir ?? process.cwd());
    source = options.source ?? "request";
  }
  const user = await (await import("./parse-R76ZMFT2.js")).userProfiles(options.profiles);
  pf.profiles = user;
  const provider = options.provider ?? providerOf(selectProfile(raw, void 0, user).profile.dialect);
  const c = makeClient({ ...options, provider }, options.uploader?.secrets ?? []);
  const { body: translated, notes } = toProvider(raw, provider);
  const body = structuredClone(translated);
  if (options.callbackUrl !== void 0 && body && typeof body === "object") {
    if (provider === "aigptimage") throw new SubmitError({ kind: "config", provider, message: "aigptimage takes no callback URL", hint: "drop --callback-url, or submit with --provider evolink" });
    body.callback_url = options.callbackUrl;
  }
  options.onProgress?.({ phase: "preflight", message: `checking ${source}` });
  const report = await preflightAny(body, { ...pf, baseDir, source, roots });
  if (!report.ok) return { ready: false, result: { sent: false, reason: "preflight", provider, report, notes } };
  const req = normalizeRequest(body, source, { baseDir, checkEscapes: false });
  const local = await hashLocal(req, options.uploader);
  const hash = stableHash({ provider, baseUrl: c.baseUrl, body: replaceAssets(body, req, local, (a) => `sha256:${a.sha256}`) });
  const journal = options.journal ? new Journal(options.journal.dir, options.journal.windowMin) : null;
  if (journal && !options.force) {
    const prior = await journal.blocking(hash, c.clock.now());
    if (prior) {
      const check = prior.taskId ? `'seedance-preflight status ${prior.taskId}'` : `the task list of ${c.p.dashboard}`;
      throw c.fail({
        kind: "duplicate",
        taskId: prior.taskId,
        message: `this exact request was sent to ${provider} at ${prior.at} (${prior.state}${prior.taskId ? `, task ${prior.taskId}` : ""}); sending it again would bill a second task`,
        hint: `Check ${check}. To send it again anyway, add --force.`
      });
    }
  }
  return { ready: true, provider, c, body, notes, report, req, local, journal, hash, source };
}
async function submit(request, options) {
  const p = await prepare(request, options);
  if (!p.ready) return p.result;
  const { provider, c, body, notes, report, req, local, journal, hash, source } = p;
  const { urls, uploaded } = local.length ? await uploadAll(local, options.uploader, { allowPrivateUrls: options.allowPrivateUrls, onEach: (path) => options.onProgress?.({ phase: "upload", message: `uploading ${path}` }) }) : { urls: /* @__PURE__ */ new Map(), uploaded: [] };
  const final = replaceAssets(body, req, local, (a) => urls.get(a.path));
  const record = (state, taskId) => (
    // a key typed into --base-url (a path or query) is redacted like everywhere else
    journal?.append({ at: new Date(c.clock.now()).toISOString(), hash, provider, baseUrl: c.redact(c.baseUrl), state, taskId, source: c.redact(source) })
  );
  await record("sending", null);
  options.onProgress?.({ phase: "create", message: `sending to ${provider}` });
  let created;
  try {
    created = await createTask(c, final, {
      model: typeof req.model === "string" ? req.model : null,
      onRetry: (why, ms) => options.onProgress?.({ phase: "create", message: `${why}; sending again in ${Math.ceil(ms / 1e3)} s` })
    });
  } catch (e) {
    if (e instanceof SubmitError) await record(e.kind === "ambiguous" ? "ambiguous" : e.kind === "not_sent" ? "not_sent" : "rejected", e.taskId);
    throw e;
  }
  await record("created", created.taskId);
  options.onProgress?.({ phase: "create", taskId: created.taskId, status: created.status ?? "pending", message: `created ${created.taskId}` });
  let task = {
    provider,
    taskId: created.taskId,
    status: created.status ?? "pending",
    providerStatus: created.status ?? "pending",
    progress: null,
    resultUrls: [],
    error: null,
    usage: created.usage
  };
  let saved = [];
  if (options.wait || options.download) {
    task = await pollUntilDone(c, created.taskId, options);
    if (task.status === "failed") {
      await record("failed", task.taskId);
      throw taskFailure(c, task);
    }
    if (options.download) {
      options.onProgress?.({ phase: "download", taskId: task.taskId, message: `saving ${task.resultUrls.length === 1 ? "1 result" : `${task.resultUrls.length} results`} to ${options.download}` });
      saved = await downloadResults(c, task, options.download, { probe: options.probe, allowPrivateUrls: options.allowPrivateUrls });
    }
  }
  return {
    sent: true,
    provider,
    baseUrl: c.baseUrl,
    taskId: task.taskId,
    status: task.status,
    progress: task.progress,
    resultUrls: task.resultUrls,
    saved,
    usage: task.usage ?? created.usage,
    estimatedCredits: report.requests[0]?.billing?.estimatedCredits ?? null,
    uploads: uploaded,
    notes,
    report
  };
}

// src/submit/plan.ts
var uploadPlaceholder = (written) => `<upload of ${written}>`;
async function planSubmit(request, options) {
  const p = await prepare(request, options);
  if (!p.ready) return p.result;
  const { provider, c, body, notes, report, req, local } = p;
  const billing = report.requests[0]?.billing ?? null;
  const uploads = /* @__PURE__ */ new Map();
  for (const a of local) {
    if (!uploads.has(a.path)) uploads.set(a.path, { written: a.ref.written, path: a.path, key: a.key, to: options.uploader?.describe ?? null, placeholder: uploadPlaceholder(a.ref.written) });
  }
  return {
    sent: false,
    reason: "dry_run",
    provider,
    endpoint: c.redact(`${c.baseUrl}${c.p.createPath}`),
    body: replaceAssets(body, req, local, (a) => uploads.get(a.path).placeholder),
    uploads: [...uploads.values()],
    billing,
    estimatedCredits: billing?.estimatedCredits ?? null,
    notes,
    report
  };
}

// src/submit/types.ts
var PROVIDERS = ["evolink", "aigptimage"];
export {
  ADAPTERS,
  AmbiguousSubmitError,
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_WAIT_TIMEOUT_SEC,
  DEFAULT_WINDOW_MIN,
  JOURNAL_FILE,
  Journal,
  NOT_SENT_CODES,
  PROVIDERS,
  SubmitError,
  adapter,
  createRetryPolicy,
  downloadResults,
  exitCodeOf,
  getTask,
  isSubmitError,
  makeClient,
  planSubmit,
  providerOf,
  readRetryPolicy,
  redactor,
  stableHash,
  submit,
  toProvider,
  uploadPlaceholder,
  waitForTask
};
