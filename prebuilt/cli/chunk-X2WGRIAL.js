import {
  errorCodes,
  readRetryPolicy
} from "./chunk-JVNU76HA.js";
import {
  retryDecision
} from "./chunk-HQRQGH7A.js";
import {
  classifyAddress,
  hostLiteral
} from "./chunk-QOFGJFUA.js";

// src/submit/download.ts
import { randomBytes } from "node:crypto";
import { createWriteStream, unlinkSync } from "node:fs";
import { mkdir, open, rename, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/submit/result-url.ts
import { lookup } from "node:dns/promises";
async function refuseResultUrl(raw, opts) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    return "not an absolute URL";
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return `${u.protocol} is not http(s)`;
  if (opts.allowPrivate || opts.trusted.includes(u.origin)) return null;
  const literal = hostLiteral(u.hostname);
  const addresses = literal ? [literal] : await lookup(u.hostname, { all: true, verbatim: true }).then((a) => a.map((x) => x.address), () => []);
  for (const a of addresses) {
    const cls = classifyAddress(a);
    if (cls) return `${u.hostname} is a ${cls.replace("_", "-")} address (${a})`;
  }
  return null;
}

// src/submit/download.ts
var DEFAULT_DOWNLOAD_TIMEOUT_MS = 10 * 6e4;
var MAX_RESULT_BYTES = 1024 * 1024 * 1024;
var MAX_REDIRECTS = 5;
var partials = /* @__PURE__ */ new Set();
var cleanupInstalled = false;
function trackPartial(path) {
  partials.add(path);
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.once("exit", () => {
    for (const p of partials) {
      try {
        unlinkSync(p);
      } catch {
      }
    }
  });
}
var safeName = (s) => s.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^\.+/, "").slice(0, 120) || "task";
async function downloadResults(c, task, dir, opts = {}) {
  if (task.status !== "completed") {
    throw c.fail({ kind: "download", taskId: task.taskId, message: `${task.taskId} is ${task.status}, not completed: nothing to download yet`, hint: `Wait for it: 'seedance-preflight status ${task.taskId}', or submit with --wait.` });
  }
  if (task.resultUrls.length === 0) {
    throw c.fail({ kind: "download", taskId: task.taskId, message: `${task.taskId} completed without result URLs`, hint: `Look at the task in ${c.p.dashboard}.` });
  }
  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const probe = opts.probe ?? (await import("./probes-QDVNOO2X.js")).probe;
  const saved = [];
  for (const [i, url] of task.resultUrls.entries()) {
    const base = `${safeName(task.taskId)}${task.resultUrls.length > 1 ? `-${i + 1}` : ""}`;
    const tmp = join(out, `.${base}.${randomBytes(6).toString("hex")}.part`);
    trackPartial(tmp);
    try {
      const bytes = await fetchTo(c, url, tmp, task.taskId, {
        timeoutMs: opts.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
        maxBytes: opts.maxBytes ?? MAX_RESULT_BYTES,
        trusted: [new URL(c.baseUrl).origin],
        allowPrivate: opts.allowPrivateUrls ?? false
      });
      const facts = await probe(tmp);
      if (facts.kind !== "video" || facts.failure) {
        const what = facts.failure ? `${facts.failure.reason}: ${facts.failure.detail}` : `it is ${facts.format ?? "not a media file"}${facts.kind ? ` (${facts.kind})` : ""}`;
        throw c.fail({ kind: "download", taskId: task.taskId, message: `result ${i + 1} of ${task.taskId} is not a playable video (${what}); nothing was saved`, hint: `Download it again ('seedance-preflight download ${task.taskId} --out ${dir}'); if it stays broken, report the task to ${c.p.name}.` });
      }
      const final = join(out, `${base}.${facts.format === "mov" ? "mov" : facts.format ?? "mp4"}`);
      await rename(tmp, final);
      const s = { url, path: final, bytes, format: facts.format, durationSec: facts.durationSec, width: facts.width, height: facts.height };
      saved.push(s);
      opts.onSaved?.(s);
    } finally {
      await unlink(tmp).catch(() => void 0);
      partials.delete(tmp);
    }
  }
  return saved;
}
var Refused = class extends Error {
};
async function getChecked(c, url, signal, lim) {
  let at = url;
  for (let hop = 0; ; hop++) {
    const why = await refuseResultUrl(at, { trusted: lim.trusted, allowPrivate: lim.allowPrivate });
    if (why) throw new Refused(`${hop ? `redirect ${hop} to ${at}` : at}: ${why}`);
    const res = await c.fetch(at, { signal, redirect: "manual", headers: { "user-agent": "seedance-preflight" } });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
    if (!location) return res;
    await res.body?.cancel().catch(() => void 0);
    if (hop >= MAX_REDIRECTS) throw new Refused(`more than ${MAX_REDIRECTS} redirects`);
    at = new URL(location, at).href;
  }
}
async function fetchTo(c, url, path, taskId, lim) {
  const deadline = c.clock.now() + lim.timeoutMs;
  const timeoutMs = lim.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), Math.max(1, deadline - c.clock.now()));
    let outcome;
    let detail;
    try {
      const res = await getChecked(c, url, ac.signal, lim);
      if (res.ok && res.body) {
        let bytes = 0;
        const counted = Readable.fromWeb(res.body).on("data", (b) => {
          bytes += b.length;
          if (bytes > lim.maxBytes) counted.destroy(new Refused(`the result is larger than ${lim.maxBytes} bytes`));
        });
        await pipeline(counted, createWriteStream(path));
        const fh = await open(path, "r+");
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
        return bytes;
      }
      await res.body?.cancel().catch(() => void 0);
      outcome = { status: res.status, retryAfter: res.headers.get("retry-after") };
      detail = `HTTP ${res.status}`;
    } catch (e) {
      if (e.name === "SubmitError") throw e;
      if (e instanceof Refused) {
        ac.abort();
        throw c.fail({ kind: "download", taskId, message: `did not download ${url}: ${e.message}`, hint: "Result links point at the provider's CDN; a link elsewhere is not followed. --allow-private-urls only for staging and tests." });
      }
      outcome = { error: "NETWORK" };
      detail = ac.signal.aborted ? `no complete answer within ${Math.round(timeoutMs / 1e3)} s` : `${errorCodes(e)[0] ?? "network"}: ${e.message}`;
    } finally {
      clearTimeout(timer);
    }
    const decided = retryDecision(outcome, attempt, readRetryPolicy, c.clock);
    const late = decided.retry && c.clock.now() + decided.delayMs >= deadline;
    if (late) detail = `${detail}; out of time (${Math.round(timeoutMs / 1e3)} s for the whole download)`;
    const d = late ? { retry: false } : decided;
    if (!d.retry) {
      const expired = "status" in outcome && (outcome.status === 403 || outcome.status === 404 || outcome.status === 410);
      throw c.fail({
        kind: "download",
        taskId,
        status: "status" in outcome ? outcome.status : null,
        message: `could not download ${url} (${detail}${attempt > 1 ? `, ${attempt} attempts` : ""})`,
        hint: expired ? `Result links live 24 h: if the task is older, the video is gone. Otherwise query it again ('seedance-preflight status ${taskId}') for fresh links.` : `Try again: 'seedance-preflight download ${taskId} --out DIR'.`
      });
    }
    await c.clock.sleep(d.delayMs);
  }
}

export {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  MAX_RESULT_BYTES,
  downloadResults
};
