import {
  taskLines
} from "./chunk-B2DRQGA3.js";
import {
  redactDeep,
  redactor
} from "./chunk-JQ26CTUZ.js";
import {
  isSubmitError,
  submitErrorText
} from "./chunk-OUK7JTJY.js";
import {
  assertPathsExist,
  lazyProbe,
  lint,
  resolveProfile
} from "./chunk-5M2MU5A5.js";
import {
  preflightAny
} from "./chunk-KXHCVECP.js";
import "./chunk-HWNYKCVG.js";
import {
  walk
} from "./chunk-YJ4YCP6N.js";
import {
  mapPool
} from "./chunk-K4BUYFQS.js";
import {
  loadUserProfiles
} from "./chunk-U3EPU3TP.js";
import "./chunk-NHCU4DU2.js";
import {
  applyConfigToReport,
  fileFilter,
  modelFor,
  resolveGateLazy
} from "./chunk-X7JHDFLJ.js";
import {
  formatPretty
} from "./chunk-73N5Y4GO.js";
import "./chunk-E7VE5CVH.js";
import "./chunk-ULU2XC5N.js";
import {
  paint
} from "./chunk-GHFG4EDJ.js";
import {
  describeFacts
} from "./chunk-YRK66HUG.js";
import "./chunk-3WZ3TLIS.js";
import "./chunk-TE6BXIRG.js";
import "./chunk-7RN3WETQ.js";
import "./chunk-US6UJTEH.js";
import "./chunk-AQG3UE4A.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import {
  PreflightError
} from "./chunk-7PJ34LFJ.js";
import "./chunk-XMF4D722.js";
import {
  UsageError,
  usageText
} from "./chunk-P5HRJFQZ.js";
import {
  safeText
} from "./chunk-JOW2LR6I.js";
import {
  withChildScope
} from "./chunk-Z7VVAHJZ.js";
import "./chunk-XOOKWYR4.js";
import {
  loadManifest,
  normalizeRequest
} from "./chunk-4MASNQQO.js";
import "./chunk-JJMBHKIC.js";
import "./chunk-DHUFD2HK.js";
import "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/mcp/server.ts
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

// src/mcp/call.ts
function toolCall(run, redact) {
  return async (args, extra) => {
    const token = extra._meta?.progressToken;
    let last = -1;
    let sent = Promise.resolve();
    const progress = (done, total, message) => {
      if (token === void 0 || done <= last) return;
      last = done;
      const params = { progressToken: token, progress: done, total, message };
      sent = sent.then(() => extra.sendNotification({ method: "notifications/progress", params })).catch(() => {
      });
    };
    let result;
    try {
      const out = await withChildScope(extra.signal, () => run(args, { progress, signal: extra.signal }));
      result = { content: [{ type: "text", text: out.text }], structuredContent: out.data, ...out.isError ? { isError: true } : {} };
    } catch (e) {
      result = { content: [{ type: "text", text: errorText(e) }], isError: true };
    }
    await sent;
    return redact(result);
  };
}
function errorText(e) {
  const err = e;
  if (isSubmitError(e)) return submitErrorText(e);
  if (e instanceof PreflightError || ["UsageError", "UploadError", "PreflightUsageError"].includes(err?.name)) return usageText(err);
  if (err?.name === "AbortError") return "seedance-preflight: cancelled";
  return `seedance-preflight: internal error: ${safeText(err?.message ?? String(e))}`;
}

// src/mcp/schemas.ts
import { z } from "zod";
var kind = z.enum(["image", "video", "audio"]);
var severity = z.enum(["error", "warning", "info"]);
var num = z.number().nullable();
var str = z.string().nullable();
var factsSchema = z.looseObject({
  source: z.string(),
  kind: kind.nullable(),
  format: str,
  mime: str,
  extension: z.string(),
  extensionMismatch: z.boolean(),
  bytes: num,
  width: num,
  height: num,
  durationSec: num,
  fps: z.looseObject({ num: z.number(), den: z.number(), value: z.number() }).nullable(),
  variableFrameRate: z.boolean().nullable(),
  videoCodec: str,
  audioCodec: str,
  hasVideoStream: z.boolean().nullable(),
  hasAudioStream: z.boolean().nullable(),
  sampleRate: num,
  channels: num,
  rotation: num,
  failure: z.looseObject({ reason: z.string(), detail: z.string(), hint: z.string().optional() }).nullable(),
  probedBy: str,
  remote: z.looseObject({
    finalUrl: z.string(),
    status: num,
    contentType: str,
    redirects: z.number(),
    expiresAt: str,
    expiresInSec: num,
    bytesRead: z.number()
  }).nullable().optional()
});
var problem = z.looseObject({
  code: z.string().describe("stable rule code, e.g. video.fps"),
  severity,
  message: z.string(),
  fix: str,
  actual: z.unknown(),
  limit: z.unknown(),
  source: z.looseObject({ title: z.string(), url: z.string() }).nullable().describe("the public document the limit comes from"),
  ruling: z.string().optional().describe("where documents disagree, which one is followed")
});
var billingSchema = z.looseObject({
  outputSeconds: num,
  referenceVideoSeconds: z.number(),
  billableSeconds: num,
  quality: str,
  creditsPerSecond: num,
  estimatedCredits: num,
  multiplier: z.number()
});
var reportSchema = z.looseObject({
  ok: z.boolean().describe("false when any asset or request has an error"),
  profile: z.string(),
  assets: z.array(z.looseObject({ source: z.string(), kind: kind.nullable(), ok: z.boolean(), facts: factsSchema, problems: z.array(problem) })),
  requests: z.array(z.looseObject({
    source: z.string(),
    ok: z.boolean(),
    profile: z.string(),
    problems: z.array(problem),
    billing: billingSchema.nullable(),
    assets: z.array(z.looseObject({ kind, index: z.number(), source: z.string() })),
    prompt: z.string().optional()
  })),
  summary: z.looseObject({ errors: z.number(), warnings: z.number(), infos: z.number(), assets: z.number(), requests: z.number() })
});
var fixReportSchema = z.looseObject({
  ok: z.boolean().describe("every input ends in spec (fixed or unchanged)"),
  dryRun: z.boolean(),
  out: z.string(),
  profile: z.string(),
  fixed: z.array(z.looseObject({ source: z.string(), output: z.string(), actions: z.array(z.looseObject({ type: z.string(), code: z.string(), text: z.string() })) })),
  unchanged: z.array(z.looseObject({ source: z.string() })),
  unfixable: z.array(z.looseObject({ source: z.string(), code: z.string(), reason: z.string(), output: z.string().optional() })),
  failed: z.array(z.looseObject({ source: z.string(), output: z.string(), reason: z.string(), codes: z.array(z.string()), stderr: z.array(z.string()).optional() }))
});
var provider = z.enum(["evolink", "aigptimage"]);
var status = z.enum(["pending", "processing", "completed", "failed"]);
var taskSchema = z.looseObject({
  provider,
  taskId: z.string(),
  status,
  providerStatus: z.string(),
  progress: num,
  resultUrls: z.array(z.string()),
  error: z.looseObject({ code: str, message: str }).nullable(),
  usage: z.record(z.string(), z.unknown()).nullable()
});
var submitResultSchema = z.looseObject({
  sent: z.boolean().describe("false: the preflight found errors and nothing was sent (see report)"),
  provider,
  taskId: z.string().optional(),
  status: status.optional(),
  progress: num.optional(),
  resultUrls: z.array(z.string()).optional(),
  usage: z.record(z.string(), z.unknown()).nullable().optional(),
  estimatedCredits: num.optional(),
  uploads: z.array(z.looseObject({ path: z.string(), url: z.string(), expiresAt: z.string() })).optional(),
  notes: z.array(z.string()),
  report: reportSchema
});
var estimateSchema = z.looseObject({
  ok: z.boolean().describe("the request passed the preflight (an estimate of a request that fails is still given)"),
  profile: z.string(),
  billing: billingSchema.nullable().describe("null when the request could not be read"),
  assumptions: z.array(z.string()).describe("what the estimate takes for granted"),
  problems: z.array(problem)
});

// src/mcp/tools/request.ts
import { resolve } from "node:path";
import { z as z2 } from "zod";
var requestInput = z2.strictObject({
  request: z2.record(z2.string(), z2.unknown()).describe("the request body as it would be sent, in either dialect (evolink or aigptimage); local paths are allowed for assets"),
  baseDir: z2.string().optional().describe("folder that relative asset paths resolve against, inside the server root (default: the root)"),
  model: z2.string().optional().describe("profile id or model name; default: chosen from the body")
});
async function checkBody(args, server, progress) {
  const profiles = server.profiles;
  resolveProfile(args.model, profiles);
  const baseDir = resolve(server.root.dir, args.baseDir ?? ".");
  await server.root.check(baseDir);
  await assertPathsExist([baseDir]);
  const req = normalizeRequest(args.request, "request", { profile: args.model, profiles, baseDir, checkEscapes: false });
  await server.root.checkRequest(req);
  const local = new Set([...req.images, ...req.videos, ...req.audios].flatMap((r) => r.location.type === "path" ? [r.location.path] : [])).size;
  let done = 0;
  const report = await preflightAny(args.request, {
    baseDir,
    model: args.model,
    profiles,
    allowPrivateUrls: server.allowPrivateUrls,
    probe: async (p) => {
      const facts = await lazyProbe(p);
      progress(++done, local, p);
      return facts;
    }
  });
  return { report, req };
}

// src/mcp/tools/estimate.ts
var estimateTool = {
  name: "estimate",
  config: {
    title: "Estimate the cost of a request",
    description: "Billable seconds and estimated credits of one request body, from the profile's published prices and the probed durations of its reference videos, with the assumptions behind them. Sends nothing.",
    inputSchema: requestInput,
    outputSchema: estimateSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }
  },
  async run(args, { server, progress }) {
    const { report, req } = await checkBody(args, server, progress);
    const r = report.requests[0];
    const assumptions = r.billing ? assumptionsOf(r.billing, req) : ["the request could not be read (see problems): nothing to estimate"];
    const head = r.billing?.estimatedCredits != null ? `\u2248 ${r.billing.estimatedCredits} credits for ${r.billing.billableSeconds} billable s` : r.billing?.billableSeconds != null ? `${r.billing.billableSeconds} billable s; no credit price known` : "no estimate";
    return {
      text: [`${head} (${r.profile})`, ...assumptions.map((a) => `  - ${a}`)].join("\n") + "\n",
      data: { ok: r.ok, profile: r.profile, billing: r.billing, assumptions, problems: r.problems }
    };
  }
};
var cite = (s) => `${s.title}, ${s.url}`;
function assumptionsOf(b, req) {
  const p = req.profile;
  const d = p.request.durations.value;
  const out = [];
  if (b.outputSeconds === null) out.push(`the request leaves the duration to the model (${d.auto}): the output length, and so the price, is known only after the task runs`);
  else out.push(req.duration !== null ? `output: ${b.outputSeconds} s, as the request sets it` : `output: ${b.outputSeconds} s, the default of ${p.id} (the request sets no duration)`);
  const billed = p.billing.referenceVideoBilled;
  if (billed.value) {
    out.push(req.videos.length ? `reference videos are billed too (${cite(billed.source)}): ${b.referenceVideoSeconds} s, their probed durations${b.billableSeconds === null && b.outputSeconds !== null ? " (a video whose duration could not be read leaves the total unknown)" : ""}` : `reference videos are billed too (${cite(billed.source)}); this request has none`);
  } else out.push(`reference videos are not billed (${cite(billed.source)})`);
  out.push(`quality: ${b.quality}${req.quality !== null ? ", as the request sets it" : ", the profile default"}`);
  const price = p.billing.creditsPerSecond;
  out.push(b.creditsPerSecond !== null && price ? `price: ${b.creditsPerSecond} credits per second at ${b.quality} (${cite(price.source)})` : `${p.id} publishes no credit price${b.quality ? ` for ${b.quality}` : ""}: only billable seconds are estimated`);
  const off = p.billing.contentFilterOffMultiplier;
  if (b.multiplier !== 1 && off) out.push(`x${b.multiplier}: the content filter is off (${cite(off.source)})`);
  out.push("the provider's own bill is what counts: this estimate is only as current as the profile's prices");
  return out;
}

// src/mcp/tools/fix.ts
import { z as z3 } from "zod";
var input = z3.strictObject({
  paths: z3.array(z3.string()).min(1).describe("files, folders or request manifests to fix, relative to the server root"),
  out: z3.string().describe("folder the fixed files (and rewritten manifests) go to, inside the server root; created when missing"),
  dryRun: z3.boolean().optional().describe("plan only: report what would be done and write nothing"),
  crop: z3.boolean().optional().describe("fix the aspect ratio by cropping instead of padding"),
  trimStrategy: z3.enum(["proportional", "end", "longest"]).optional().describe("how a manifest's clips are trimmed to its total-duration budget (default proportional)"),
  model: z3.string().optional().describe("profile id or model name for loose files; manifests pick their own")
});
var fixTool = {
  name: "fix",
  config: {
    title: "Fix assets into spec",
    description: "Converts, scales, pads or crops, retimes, trims and recompresses out-of-spec assets into new files under `out` (inside the server root), re-checks each output, and for manifests writes a new manifest pointing at the fixed files. Inputs are never written; outputs of an earlier run in `out` are replaced. dryRun: true only plans.",
    inputSchema: input,
    outputSchema: fixReportSchema,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false }
  },
  async run(args, { server, progress }) {
    const profiles = server.profiles;
    resolveProfile(args.model, profiles);
    await server.root.checkInputs(args.paths, (m) => loadManifest(m, { profile: args.model, profiles }));
    await server.root.checkWritable(args.out);
    const { fix } = await import("./fixer-MUWRESPQ.js");
    let done = 0;
    const report = await fix(args.paths, {
      out: args.out,
      dryRun: args.dryRun,
      crop: args.crop,
      trimStrategy: args.trimStrategy,
      model: args.model,
      profiles,
      onProgress: (e) => {
        if (e.phase === "done") progress(++done, void 0, `${e.status} ${e.source}`);
      }
    });
    const { formatFixPretty } = await import("./pretty-YT43N62X.js");
    return { text: formatFixPretty(report, paint(false)), data: { ...report } };
  }
};

// src/mcp/tools/lint.ts
import { z as z4 } from "zod";
var input2 = z4.strictObject({
  paths: z4.array(z4.string()).min(1).describe("files, folders (walked recursively), request manifests (.json) or http(s) URLs, relative to the server root"),
  model: z4.string().optional().describe("profile id or model name for loose files; manifests pick their own unless this is set"),
  deep: z4.boolean().optional().describe("decode every frame and sample as well (slower)"),
  profileFiles: z4.array(z4.string()).optional().describe("profile files (JSON, relative to the server root) to check against besides the server's; name one with model")
});
var lintTool = {
  name: "lint",
  config: {
    title: "Lint reference assets",
    description: "Checks images, videos, audio and request manifests against the Seedance 2.0 limits of the chosen profile, before anything is sent. structuredContent is the same report as `seedance-preflight lint --format json`; ok=false means at least one error. Reads files only.",
    inputSchema: input2,
    outputSchema: reportSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }
  },
  async run(args, { server, progress }) {
    const profiles = [...server.profiles, ...await callProfiles(args.profileFiles, server)];
    resolveProfile(args.model, profiles);
    const total = await server.root.checkInputs(args.paths, (m) => loadManifest(m, { profile: args.model, profiles }));
    const dir = server.root.dir;
    const gate = await resolveGateLazy({}, dir);
    const raw = await lint(args.paths, {
      model: modelFor(gate, args.model),
      profiles,
      allowPrivateUrls: server.allowPrivateUrls,
      accept: fileFilter(gate, dir),
      // as in the CLI: a model named in the call beats the config's per-file profiles
      profileFor: args.model || !gate.config ? void 0 : (p) => gate.resolver.profileFor(p),
      onProgress: (e) => progress(e.done, total, e.source),
      deep: args.deep
    });
    progress(total, total);
    const report = applyConfigToReport(raw, gate.resolver);
    return { text: formatPretty(report), data: { ...report } };
  }
};
async function callProfiles(files, server) {
  if (!files?.length) return [];
  for (const f of files) await server.root.check(f);
  return loadUserProfiles(files);
}

// src/mcp/tools/preflight.ts
var preflightTool = {
  name: "preflight",
  config: {
    title: "Preflight one request",
    description: "Checks one request body (prompt, options and every referenced image, video and audio) before it is sent: the same report as `lint` gives for a manifest, with the billing estimate. Sends nothing.",
    inputSchema: requestInput,
    outputSchema: reportSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }
  },
  async run(args, { server, progress }) {
    const { report } = await checkBody(args, server, progress);
    return { text: formatPretty(report), data: { ...report } };
  }
};

// src/mcp/tools/probe.ts
import { z as z5 } from "zod";
var input3 = z5.strictObject({
  paths: z5.array(z5.string()).min(1).describe("files, folders (walked recursively) or http(s) URLs, relative to the server root")
});
var output = z5.looseObject({ files: z5.array(factsSchema).describe("one entry per file, in walk order, as `seedance-preflight probe --format json` prints them") });
var probeTool = {
  name: "probe",
  config: {
    title: "Probe media facts",
    description: "Reads each file (or URL) and returns the facts the rules check: kind, format, codecs, size, duration, fps, sample rate, rotation, and why it is unreadable when it is. Reads files only.",
    inputSchema: input3,
    outputSchema: output,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }
  },
  async run(args, { server, progress }) {
    const total = await server.root.checkInputs(args.paths);
    await assertPathsExist(args.paths);
    const { probe } = await import("./probes-QDVNOO2X.js");
    const entries = async function* () {
      for (const u of args.paths.filter(isUrl)) yield { path: u };
      yield* walk(args.paths.filter((p) => !isUrl(p)));
    };
    const files = [];
    for await (const f of mapPool(entries(), 4, (e) => probe(e.path, { allowPrivateUrls: server.allowPrivateUrls }))) {
      files.push(f);
      progress(files.length, total, f.source);
    }
    const text = files.map((f) => `${f.source}  ${f.failure ? `unreadable: ${f.failure.reason} (${f.failure.detail})` : describeFacts(f) || "not media"}`).join("\n");
    return { text: `${text}
`, data: { files } };
  }
};

// src/mcp/tools/status.ts
import { z as z6 } from "zod";

// src/mcp/tools/provider.ts
import { join } from "node:path";
function apiKey(env) {
  const key = env.SEEDANCE_API_KEY;
  if (!key) throw new UsageError("no API key", `set SEEDANCE_API_KEY to your evolink or aigptimage key in the server's environment (the "env" of its entry in the client's mcpServers)`);
  return key;
}
function baseUrlOf(server) {
  return server.baseUrl ?? (server.env.SEEDANCE_BASE_URL || void 0);
}
function journalDir(server) {
  return join(server.root.dir, ".seedance-preflight");
}
function abortableSleep(ms, signal) {
  return new Promise((resolve3, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      resolve3();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", stop, { once: true });
  });
}

// src/mcp/tools/status.ts
var input4 = z6.strictObject({
  taskId: z6.string().min(1).describe("the task id submit returned")
});
var statusTool = {
  name: "status",
  config: {
    title: "Task status",
    description: "The state of a submitted task: pending, processing, completed (with result URLs, valid 24 hours) or failed (with the provider's reason). The provider is the server's --provider, else told by the id (task-unified-... is evolink, task_... is aigptimage); the local journal never chooses it. The key goes only to the provider's official host or the server's --base-url.",
    inputSchema: input4,
    outputSchema: taskSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }
  },
  async run(args, { server }) {
    const key = apiKey(server.env);
    const { Journal, getTask } = await import("./submit-PKUOH2UC.js");
    const known = await new Journal(journalDir(server)).findTask(args.taskId);
    const { chooseBaseUrl, chooseProvider } = await import("./base-url-43AGUG5R.js");
    const picked = chooseProvider(server.provider, args.taskId, known);
    const provider2 = picked.provider;
    if (!provider2) throw new UsageError(`cannot tell which provider ${args.taskId} belongs to`, "start the server with --provider evolink or --provider aigptimage");
    const chosen = chooseBaseUrl(provider2, baseUrlOf(server), known);
    const task = await getTask(args.taskId, { provider: provider2, baseUrl: chosen.baseUrl, apiKey: key });
    const warning = [picked.warning, chosen.warning].filter((w) => !!w).map((w) => `warning: ${w}`);
    return { text: `${[...warning, ...taskLines(task)].join("\n")}
`, data: { ...task } };
  }
};

// src/mcp/tools/submit.ts
import { resolve as resolve2 } from "node:path";
import { z as z7 } from "zod";
var input5 = z7.strictObject({
  manifest: z7.string().optional().describe("a request manifest (.json) inside the server root; give this or request"),
  request: z7.record(z7.string(), z7.unknown()).optional().describe("a request body object; give this or manifest"),
  baseDir: z7.string().optional().describe("with request: folder its relative asset paths resolve against (default: the server root)"),
  wait: z7.boolean().optional().describe("poll until the task completes or fails (progress is reported while waiting)"),
  pollIntervalSec: z7.number().positive().optional().describe("seconds between polls while waiting (default 10)"),
  timeoutSec: z7.number().positive().optional().describe("stop waiting after this many seconds (default 1800; the task goes on)"),
  force: z7.boolean().optional().describe("send even if the same request was sent in the last 10 minutes (that bills a second task)"),
  confirm: z7.literal(true, { error: "submit sends the request to the provider, which bills it: pass confirm: true to send (see estimate for the cost)" }).describe("must be true: submitting is billed")
});
var submitTool = {
  name: "submit",
  config: {
    title: "Submit a request (billed)",
    description: "Checks the request as preflight does and, only when it has no errors, uploads local files (S3 settings from the server's environment), sends it to the provider and returns the task id; wait: true polls until it ends. This spends credits: it needs confirm: true. A request with errors is not sent (sent: false, with the report). The API key is read from SEEDANCE_API_KEY in the server's environment and never returned.",
    inputSchema: input5,
    outputSchema: submitResultSchema,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true }
  },
  async run(args, { server, progress, signal }) {
    if (args.manifest === void 0 === (args.request === void 0)) {
      throw new UsageError("submit takes exactly one of manifest or request", 'e.g. { "manifest": "request.json", "confirm": true }');
    }
    let request;
    let baseDir;
    if (args.manifest !== void 0) {
      await server.root.check(args.manifest);
      await assertPathsExist([args.manifest]);
      await server.root.checkRequest(await loadManifest(args.manifest, { profiles: server.profiles }));
      request = args.manifest;
    } else {
      baseDir = resolve2(server.root.dir, args.baseDir ?? ".");
      await server.root.check(baseDir);
      await server.root.checkRequest(normalizeRequest(args.request, "request", { profiles: server.profiles, baseDir, checkEscapes: false }));
      request = args.request;
    }
    const key = apiKey(server.env);
    const { uploaderFromEnv } = await import("./upload-DFOGWHFN.js");
    const uploader = uploaderFromEnv(server.env);
    if (uploader) process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    const { submit } = await import("./submit-PKUOH2UC.js");
    let step = 0;
    const result = await submit(request, {
      provider: server.provider,
      baseUrl: baseUrlOf(server),
      apiKey: key,
      uploader: uploader ?? void 0,
      baseDir,
      wait: args.wait,
      pollIntervalSec: args.pollIntervalSec,
      timeoutSec: args.timeoutSec,
      journal: { dir: journalDir(server) },
      force: args.force,
      allowPrivateUrls: server.allowPrivateUrls,
      // a cancelled call stops waiting; a task already created goes on, as after --timeout
      clock: { sleep: (ms) => abortableSleep(ms, signal) },
      onProgress: (e) => progress(++step, void 0, e.message)
    });
    return { text: resultText(result), data: { ...result } };
  }
};
function resultText(r) {
  if (!r.sent) return `${formatPretty(r.report)}
not sent: the request has ${r.report.summary.errors} error(s); fix them and submit again.
`;
  const lines = [`sent to ${r.provider}: task ${r.taskId} (${r.status}${r.progress !== null ? ` ${r.progress}%` : ""})`];
  for (const u of r.uploads) lines.push(`  uploaded: ${u.path} -> ${u.url} (until ${u.expiresAt})`);
  if (r.estimatedCredits !== null) lines.push(`  estimated credits: ${r.estimatedCredits}`);
  for (const u of r.resultUrls) lines.push(`  result: ${u}`);
  if (r.status !== "completed") lines.push(`  check it with the status tool: { "taskId": "${r.taskId}" }`);
  return [...r.notes.map((n) => `note: ${n}`), ...lines].join("\n") + "\n";
}

// src/mcp/server.ts
var TOOLS = [lintTool, probeTool, preflightTool, estimateTool, fixTool, submitTool, statusTool];
var SECRET_VARS = ["SEEDANCE_API_KEY", "SEEDANCE_S3_SECRET_ACCESS_KEY", "SEEDANCE_S3_SESSION_TOKEN", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];
var INSTRUCTIONS = `Checks Seedance 2.0 reference-to-video requests before they are sent, and sends them.
Typical flow: lint (or preflight a request body) -> fix what fails into a new folder -> estimate -> submit with confirm: true -> status.
Paths are relative to the server's root folder; files outside it are refused. A report with ok: false has errors: read each problem's message and fix.`;
function createServer(ctx, version) {
  const server = new McpServer({ name: "seedance-preflight", version }, { instructions: INSTRUCTIONS });
  const redact = redactor(SECRET_VARS.map((v) => ctx.env[v]));
  for (const tool of TOOLS) {
    const run = toolCall((args, call) => tool.run(args, { ...call, server: ctx }), (r) => redactDeep(r, redact));
    server.registerTool(tool.name, tool.config, run);
  }
  return server;
}
export {
  TOOLS,
  createServer
};
