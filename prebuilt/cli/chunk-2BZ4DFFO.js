import {
  errorCodes,
  readRetryPolicy
} from "./chunk-PNZZ7QFJ.js";
import {
  retryDecision
} from "./chunk-HQRQGH7A.js";

// src/submit/download.ts
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var DEFAULT_DOWNLOAD_TIMEOUT_MS = 10 * 6e4;
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
  const probe = opts.probe ?? (await import("./probes-3EEGRRT4.js")).probe;
  const saved = [];
  for (const [i, url] of task.resultUrls.entries()) {
    const base = `${safeName(task.taskId)}${task.resultUrls.length > 1 ? `-${i + 1}` : ""}`;
    const tmp = join(out, `.${base}.${randomBytes(6).toString("hex")}.part`);
    try {
      const bytes = await fetchTo(c, url, tmp, opts.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS, task.taskId);
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
    }
  }
  return saved;
}
async function fetchTo(c, url, path, timeoutMs, taskId) {
  for (let attempt = 1; ; attempt++) {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), timeoutMs);
    let outcome;
    let detail;
    try {
      const res = await c.fetch(url, { signal: ac.signal, headers: { "user-agent": "seedance-preflight" } });
      if (res.ok && res.body) {
        let bytes = 0;
        const counted = Readable.fromWeb(res.body).on("data", (b) => bytes += b.length);
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
      outcome = { error: "NETWORK" };
      detail = ac.signal.aborted ? `no complete answer within ${Math.round(timeoutMs / 1e3)} s` : `${errorCodes(e)[0] ?? "network"}: ${e.message}`;
    } finally {
      clearTimeout(timer);
    }
    const d = retryDecision(outcome, attempt, readRetryPolicy, c.clock);
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
  downloadResults
};
