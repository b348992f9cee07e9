import {
  lineWriter
} from "./chunk-HWNYKCVG.js";
import {
  loadUserProfiles,
  profileFileSpec
} from "./chunk-U3EPU3TP.js";
import {
  formatPretty
} from "./chunk-73N5Y4GO.js";
import {
  wantsColor
} from "./chunk-GHFG4EDJ.js";
import {
  parseArgs
} from "./chunk-3WZ3TLIS.js";
import {
  UsageError
} from "./chunk-P5HRJFQZ.js";
import {
  safeDeep,
  safeJson,
  safeText
} from "./chunk-JOW2LR6I.js";

// src/cli/submit.ts
import { join } from "node:path";
var PROVIDER = { type: "string", choices: ["evolink", "aigptimage"] };
var common = {
  provider: PROVIDER,
  "base-url": { type: "string" },
  "api-key": { type: "string" },
  format: { type: "string", choices: ["pretty", "json"] },
  color: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean" }
};
var submitSpec = {
  ...common,
  ...profileFileSpec,
  wait: { type: "boolean" },
  "poll-interval": { type: "string" },
  timeout: { type: "string" },
  download: { type: "string" },
  "callback-url": { type: "string" },
  force: { type: "boolean" },
  "dry-run": { type: "boolean" },
  "allow-private-urls": { type: "boolean" },
  "follow-symlinks-outside": { type: "boolean" },
  "s3-bucket": { type: "string" },
  "s3-prefix": { type: "string" },
  "s3-endpoint": { type: "string" },
  "s3-region": { type: "string" },
  "s3-expires": { type: "string" },
  "s3-access-key-id": { type: "string" },
  "s3-secret-access-key": { type: "string" }
};
var submitHelp = `Usage: seedance-preflight submit <manifest.json> [options]

Checks the request (as 'lint' does) and sends it only when it has no errors: local asset paths are
uploaded to S3 first and replaced by presigned URLs. Prints the task id; --wait polls until it ends.

Options:
  --provider <p>           evolink or aigptimage (default: the manifest's own dialect; the body is
                           translated when the manifest is in the other one)
  --base-url <url>         API origin (default SEEDANCE_BASE_URL, else https://api.evolink.ai or
                           https://aigptimage.com); the key is sent only there
  --api-key <key>          default: SEEDANCE_API_KEY (sent as Authorization: Bearer, never printed)
  --wait                   poll until the task completes or fails
  --poll-interval <s>      seconds between polls (default 10)
  --timeout <s>            stop waiting after this many seconds (default 1800; the task goes on)
  --download <dir>         save each result there (implies --wait), checked to be a video
  --callback-url <url>     evolink calls it when the task ends (https, public host)
  --force                  send even if the same request was sent in the last 10 minutes
  --dry-run                check, translate and estimate, and print the body that would be sent (local
                           files as '<upload of PATH>' with their object keys); nothing uploaded or sent
  --allow-private-urls     let URL assets and uploads be on private or loopback hosts (staging, tests)
  --follow-symlinks-outside  upload files outside the manifest's folder (symlinks, ../, absolute paths)
  --profile-file FILE      a profile file (repeatable); its id or models choose it
  --format <f>             pretty (default) or json
  --s3-bucket, --s3-prefix, --s3-endpoint, --s3-region, --s3-expires <s>,
  --s3-access-key-id, --s3-secret-access-key
                           where local files are uploaded (or SEEDANCE_S3_BUCKET, SEEDANCE_S3_PREFIX,
                           SEEDANCE_S3_ENDPOINT, SEEDANCE_S3_REGION, SEEDANCE_S3_EXPIRES,
                           SEEDANCE_S3_ACCESS_KEY_ID, SEEDANCE_S3_SECRET_ACCESS_KEY; AWS_* work too)

Exit codes: 0 sent (and completed/saved with --wait/--download; with --dry-run: it would be sent);
1 preflight errors (nothing sent),
refused, failed, or unknown outcome; 2 setup (no key, no uploader for local files, a repeat without --force).
`;
var statusHelp = `Usage: seedance-preflight status <task-id> [--provider p] [--base-url url] [--format pretty|json]

Shows a task's state, progress and result URLs. The provider is --provider, else the id's form
(task-unified-... is evolink, task_... is aigptimage); the local journal of 'submit' never chooses it.
The key goes to the provider's official host, or to --base-url / SEEDANCE_BASE_URL: never to a host
named in the journal (a repository could ship its own).
Exit 0 when the task is pending, processing or completed; 1 when it failed or the query failed.
`;
var downloadHelp = `Usage: seedance-preflight download <task-id> --out <dir> [--provider p] [--base-url url] [--format pretty|json]

Saves each result of a completed task into <dir> (temp file, then rename), checked to be a video.
Result links live 24 hours.
`;
function redactedIo(io, redact) {
  return { ...io, out: (s) => io.out(redact(s)), err: (s) => io.err(redact(s)) };
}
function seconds(name, raw) {
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(String(raw)) || !(n > 0)) throw new UsageError(`--${name} expected a number of seconds > 0; given '${String(raw)}'`, `e.g. --${name} 10`);
  return n;
}
function apiKeyOf(values, env) {
  const key = values["api-key"] ?? env.SEEDANCE_API_KEY;
  if (!key) throw new UsageError("no API key", "set SEEDANCE_API_KEY (or pass --api-key) to your evolink or aigptimage key");
  return key;
}
function journalDir(cwd) {
  return join(cwd, ".seedance-preflight");
}
async function submitCommand(argv, io, env = process.env, cwd = process.cwd()) {
  const { positionals, values: v } = parseArgs(argv, submitSpec, "submit");
  if (v.help) return io.out(submitHelp), 0;
  if (positionals.length !== 1) throw new UsageError("submit takes exactly one manifest", "e.g. seedance-preflight submit request.json --wait");
  const pollIntervalSec = seconds("poll-interval", v["poll-interval"]);
  const timeoutSec = seconds("timeout", v.timeout);
  const profiles = await loadUserProfiles(v["profile-file"]);
  const apiKey = apiKeyOf(v, env);
  const { uploaderFromEnv, UploadError } = await import("./upload-DFOGWHFN.js");
  const { redactor } = await import("./redact-6A5Y7SL6.js");
  const early = redactor([apiKey, v["s3-secret-access-key"], env.SEEDANCE_S3_SECRET_ACCESS_KEY]);
  let uploader;
  try {
    uploader = uploaderFromEnv(env, v);
  } catch (e) {
    if (e instanceof UploadError) throw new UsageError(early(e.message), early(e.hint));
    throw e;
  }
  if (uploader) process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const out = redactedIo(io, redactor([apiKey, ...uploader?.secrets ?? [], env.SEEDANCE_S3_SECRET_ACCESS_KEY]));
  const json = v.format === "json";
  const bar = progressLine(out);
  const { submit, planSubmit, isSubmitError } = await import("./submit-PKUOH2UC.js");
  try {
    const options = {
      provider: v.provider,
      baseUrl: v["base-url"] ?? (env.SEEDANCE_BASE_URL || void 0),
      apiKey,
      uploader: uploader ?? void 0,
      wait: Boolean(v.wait),
      download: v.download,
      pollIntervalSec,
      timeoutSec,
      callbackUrl: v["callback-url"],
      journal: { dir: journalDir(cwd) },
      force: Boolean(v.force),
      allowPrivateUrls: Boolean(v["allow-private-urls"]),
      followSymlinksOutside: Boolean(v["follow-symlinks-outside"]),
      profiles,
      onProgress: (e) => bar.show(safeText(e.message))
    };
    const color = typeof v.color === "boolean" ? v.color : wantsColor(io.stdout);
    if (v["dry-run"]) {
      const plan = await planSubmit(positionals[0], options);
      bar.clear();
      return plan.reason === "dry_run" ? printPlan(plan, out, json, color) : printResult(plan, out, json, color);
    }
    const result = await submit(positionals[0], options);
    bar.clear();
    return printResult(result, out, json, color);
  } catch (e) {
    bar.clear();
    if (isSubmitError(e)) return printError(e, out, json);
    throw redactedError(e, redactor([apiKey, ...uploader?.secrets ?? []]));
  }
}
function redactedError(e, redact) {
  const err = e instanceof Error ? e : new Error(String(e));
  const copy = new Error(redact(err.message));
  copy.name = err.name;
  copy.stack = err.stack ? redact(err.stack) : void 0;
  return copy;
}
async function statusCommand(argv, io, env = process.env, cwd = process.cwd()) {
  const spec = common;
  const { positionals, values: v } = parseArgs(argv, spec, "status");
  if (v.help) return io.out(statusHelp), 0;
  if (positionals.length !== 1) throw new UsageError("status takes exactly one task id", "e.g. seedance-preflight status task-unified-1774857405-abc123");
  return withTask(positionals[0], v, { io, env, cwd }, async (task, out) => {
    if (v.format === "json") out.out(safeJson(JSON.stringify({ ok: task.status !== "failed", ...taskJson(task) }, null, 2)) + "\n");
    else out.out(taskLines(safeDeep(task)).join("\n") + "\n");
    return task.status === "failed" ? 1 : 0;
  });
}
async function downloadCommand(argv, io, env = process.env, cwd = process.cwd()) {
  const { positionals, values: v } = parseArgs(argv, { ...common, out: { type: "string" } }, "download");
  if (v.help) return io.out(downloadHelp), 0;
  if (positionals.length !== 1) throw new UsageError("download takes exactly one task id", "e.g. seedance-preflight download task-unified-1774857405-abc123 --out videos/");
  if (!v.out) throw new UsageError("download needs --out DIR", `e.g. seedance-preflight download ${positionals[0]} --out videos/`);
  return withTask(positionals[0], v, { io, env, cwd }, async (task, out, c) => {
    const { downloadResults } = await import("./download-ZVCGKJNS.js");
    const saved = await downloadResults(c, task, String(v.out));
    if (v.format === "json") out.out(safeJson(JSON.stringify({ ok: true, ...taskJson(task), saved }, null, 2)) + "\n");
    else out.out([...taskLines(safeDeep(task)), ...safeDeep(saved).map(savedLine)].join("\n") + "\n");
    return 0;
  });
}
async function withTask(taskId, v, ctx, then) {
  const apiKey = apiKeyOf(v, ctx.env);
  const { redactor } = await import("./redact-6A5Y7SL6.js");
  const out = redactedIo(ctx.io, redactor([apiKey]));
  const { Journal, makeClient, isSubmitError } = await import("./submit-PKUOH2UC.js");
  const { queryTask } = await import("./poll-F7F3BM3T.js");
  const known = await new Journal(journalDir(ctx.cwd)).findTask(taskId);
  const { chooseBaseUrl, chooseProvider } = await import("./base-url-43AGUG5R.js");
  const picked = chooseProvider(v.provider, taskId, known);
  if (picked.warning) out.err(`seedance-preflight: warning: ${picked.warning}
`);
  const provider = picked.provider;
  if (!provider) throw new UsageError(`cannot tell which provider ${taskId} belongs to`, "add --provider evolink or --provider aigptimage");
  const chosen = chooseBaseUrl(provider, v["base-url"] ?? (ctx.env.SEEDANCE_BASE_URL || void 0), known);
  if (chosen.warning) out.err(`seedance-preflight: warning: ${chosen.warning}
`);
  const baseUrl = chosen.baseUrl;
  try {
    const c = makeClient({ provider, baseUrl, apiKey });
    return await then(await queryTask(c, taskId), out, c);
  } catch (e) {
    if (isSubmitError(e)) return printError(e, out, v.format === "json");
    throw redactedError(e, redactor([apiKey]));
  }
}
function taskJson(t) {
  return { provider: t.provider, taskId: t.taskId, status: t.status, providerStatus: t.providerStatus, progress: t.progress, resultUrls: t.resultUrls, error: t.error, usage: t.usage };
}
function taskLines(t) {
  const lines = [`${t.taskId}  ${t.provider}  ${t.status}${t.progress !== null ? ` ${t.progress}%` : ""}${t.providerStatus !== t.status ? ` (${t.providerStatus})` : ""}`];
  if (t.error) lines.push(`  failed: ${[t.error.code, t.error.message].filter(Boolean).join(": ") || "no reason given"}`);
  for (const u of t.resultUrls) lines.push(`  result: ${u}`);
  return lines;
}
function savedLine(s) {
  const dims = s.width && s.height ? `, ${s.width}x${s.height}` : "";
  const dur = s.durationSec !== null ? `, ${s.durationSec.toFixed(1)} s` : "";
  return `  saved: ${s.path}  (${s.format ?? "video"}${dims}${dur}, ${s.bytes} bytes)`;
}
function printResult(raw, out, json, color) {
  if (json) {
    out.out(safeJson(JSON.stringify({ ok: raw.sent, ...raw }, null, 2)) + "\n");
    return raw.sent ? 0 : 1;
  }
  const r = safeDeep(raw);
  for (const n of r.notes) out.err(`note: ${n}
`);
  out.out(formatPretty(r.report, { color }));
  if (!r.sent) {
    out.out(`
not sent: the request has ${r.report.summary.errors} error(s); fix them and submit again.
`);
    return 1;
  }
  const lines = [``, `sent to ${r.provider}: task ${r.taskId} (${r.status}${r.progress !== null ? ` ${r.progress}%` : ""})`];
  for (const u of r.uploads) lines.push(`  uploaded: ${u.path} -> ${u.url} (until ${u.expiresAt})`);
  const reserved = r.usage?.credits_reserved;
  if (reserved !== void 0) lines.push(`  credits reserved: ${String(reserved)}`);
  if (r.estimatedCredits !== null) lines.push(`  estimated credits: ${r.estimatedCredits}`);
  for (const u of r.resultUrls) lines.push(`  result: ${u}`);
  lines.push(...r.saved.map(savedLine));
  if (r.status !== "completed") lines.push(`  check it with: seedance-preflight status ${r.taskId}`);
  out.out(lines.join("\n") + "\n");
  return 0;
}
function printPlan(raw, out, json, color) {
  if (json) {
    out.out(safeJson(JSON.stringify({ ok: true, dryRun: true, ...raw }, null, 2)) + "\n");
    return 0;
  }
  const r = safeDeep(raw);
  for (const n of r.notes) out.err(`note: ${n}
`);
  out.out(formatPretty(r.report, { color }));
  const b = r.billing;
  const lines = ["", `dry run: nothing uploaded or sent. It would POST to ${r.endpoint} (${r.provider}):`, JSON.stringify(r.body, null, 2)];
  for (const u of r.uploads) lines.push(`  ${u.placeholder}: uploaded first as key ${u.key}${u.to ? ` to ${u.to}` : ""}`);
  if (b) {
    lines.push(b.estimatedCredits !== null ? `  estimated credits: ${b.estimatedCredits} (${b.billableSeconds} billable s)` : `  estimate: ${b.billableSeconds !== null ? `${b.billableSeconds} billable s, ` : ""}${b.reason ?? "no credit price known"}`);
    for (const a of b.assumptions) lines.push(`    assumes: ${a}`);
  }
  out.out(lines.join("\n") + "\n");
  return 0;
}
async function printError(e, out, json) {
  const { exitCodeOf, submitErrorText } = await import("./errors-7YTRMWYR.js");
  if (json) out.out(safeJson(JSON.stringify({ ok: false, sent: e.sent, provider: e.provider, taskId: e.taskId, error: e.toJSON() }, null, 2)) + "\n");
  else out.err(`${submitErrorText(e)}
`);
  return exitCodeOf(e);
}
function progressLine(io) {
  const tty = Boolean(io.stderr.isTTY);
  const line = lineWriter({ write: (s) => io.err(s) });
  return {
    show(msg) {
      if (tty) line.write(msg);
    },
    clear: () => line.clear()
  };
}

export {
  submitSpec,
  submitHelp,
  statusHelp,
  downloadHelp,
  submitCommand,
  statusCommand,
  downloadCommand,
  taskLines
};
