import { randomBytes } from 'node:crypto';
import { createWriteStream, unlinkSync } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { retryDecision } from '../remote/retry.js';
import type { Facts } from '../types.js';
import { type Client, readRetryPolicy } from './client.js';
import { errorCodes } from './http.js';
import { refuseResultUrl } from './result-url.js';
import type { SavedResult, TaskState } from './types.js';

/** The whole download of one result, every retry and redirect included (a wall-clock bound). */
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/**
 * A result is a clip of at most 15 s; even at 1080p and a high bitrate that is tens of MB. No provider
 * document states an output size, so the cap is generous: an endless link stops here, not at a full disk.
 */
export const MAX_RESULT_BYTES = 1024 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export interface DownloadOptions {
  probe?: (path: string) => Promise<Facts>;
  timeoutMs?: number;
  onSaved?: (s: SavedResult) => void;
  /** Let result links (and their redirects) reach private or loopback addresses. Default false. */
  allowPrivateUrls?: boolean;
  /** Default MAX_RESULT_BYTES. */
  maxBytes?: number;
}

/** Temp files being written: removed on exit, a signal's included (main exits through process.exit). */
const partials = new Set<string>();
let cleanupInstalled = false;
function trackPartial(path: string): void {
  partials.add(path);
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.once('exit', () => {
    for (const p of partials) {
      try {
        unlinkSync(p);
      } catch {
        // already renamed or removed
      }
    }
  });
}

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '').slice(0, 120) || 'task';

/**
 * Saves every result of a completed task into `dir`: each into a hidden temp file, flushed, probed to
 * be a video, then renamed into place, so the final name only ever holds a whole, checked video.
 * Result links are fetched without the API key (they are plain CDN links).
 */
export async function downloadResults(c: Client, task: TaskState, dir: string, opts: DownloadOptions = {}): Promise<SavedResult[]> {
  if (task.status !== 'completed') {
    throw c.fail({ kind: 'download', taskId: task.taskId, message: `${task.taskId} is ${task.status}, not completed: nothing to download yet`, hint: `Wait for it: 'seedance-preflight status ${task.taskId}', or submit with --wait.` });
  }
  if (task.resultUrls.length === 0) {
    throw c.fail({ kind: 'download', taskId: task.taskId, message: `${task.taskId} completed without result URLs`, hint: `Look at the task in ${c.p.dashboard}.` });
  }
  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const probe = opts.probe ?? (await import('../probes/index.js')).probe;
  const saved: SavedResult[] = [];
  for (const [i, url] of task.resultUrls.entries()) {
    const base = `${safeName(task.taskId)}${task.resultUrls.length > 1 ? `-${i + 1}` : ''}`;
    const tmp = join(out, `.${base}.${randomBytes(6).toString('hex')}.part`);
    trackPartial(tmp);
    try {
      const bytes = await fetchTo(c, url, tmp, task.taskId, {
        timeoutMs: opts.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
        maxBytes: opts.maxBytes ?? MAX_RESULT_BYTES,
        trusted: [new URL(c.baseUrl).origin],
        allowPrivate: opts.allowPrivateUrls ?? false,
      });
      const facts = await probe(tmp);
      if (facts.kind !== 'video' || facts.failure) {
        const what = facts.failure ? `${facts.failure.reason}: ${facts.failure.detail}` : `it is ${facts.format ?? 'not a media file'}${facts.kind ? ` (${facts.kind})` : ''}`;
        throw c.fail({ kind: 'download', taskId: task.taskId, message: `result ${i + 1} of ${task.taskId} is not a playable video (${what}); nothing was saved`, hint: `Download it again ('seedance-preflight download ${task.taskId} --out ${dir}'); if it stays broken, report the task to ${c.p.name}.` });
      }
      const final = join(out, `${base}.${facts.format === 'mov' ? 'mov' : (facts.format ?? 'mp4')}`);
      await rename(tmp, final);
      const s: SavedResult = { url, path: final, bytes, format: facts.format, durationSec: facts.durationSec, width: facts.width, height: facts.height };
      saved.push(s);
      opts.onSaved?.(s);
    } finally {
      await unlink(tmp).catch(() => undefined);
      partials.delete(tmp);
    }
  }
  return saved;
}

interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  trusted: readonly string[];
  allowPrivate: boolean;
}

/** A refusal that no retry changes (address, size, redirects). */
class Refused extends Error {}

/** One GET, following redirects by hand so every hop's address is checked as lint checks URLs. */
async function getChecked(c: Client, url: string, signal: AbortSignal, lim: FetchLimits): Promise<Response> {
  let at = url;
  for (let hop = 0; ; hop++) {
    const why = await refuseResultUrl(at, { trusted: lim.trusted, allowPrivate: lim.allowPrivate });
    if (why) throw new Refused(`${hop ? `redirect ${hop} to ${at}` : at}: ${why}`);
    const res = await c.fetch(at, { signal, redirect: 'manual', headers: { 'user-agent': 'seedance-preflight' } });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (!location) return res;
    await res.body?.cancel().catch(() => undefined);
    if (hop >= MAX_REDIRECTS) throw new Refused(`more than ${MAX_REDIRECTS} redirects`);
    at = new URL(location, at).href;
  }
}

/**
 * GET into `path` (retried whole on network failures, 5xx, 429) and fsync it; returns the byte count.
 * timeoutMs bounds the whole of it, retries and waits included; more than maxBytes stops it.
 */
async function fetchTo(c: Client, url: string, path: string, taskId: string, lim: FetchLimits): Promise<number> {
  const deadline = c.clock.now() + lim.timeoutMs;
  const timeoutMs = lim.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), Math.max(1, deadline - c.clock.now()));
    let outcome: { status: number; retryAfter: string | null } | { error: string };
    let detail: string;
    try {
      const res = await getChecked(c, url, ac.signal, lim);
      if (res.ok && res.body) {
        let bytes = 0;
        const counted = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>).on('data', (b: Buffer) => {
          bytes += b.length;
          if (bytes > lim.maxBytes) counted.destroy(new Refused(`the result is larger than ${lim.maxBytes} bytes`));
        });
        await pipeline(counted, createWriteStream(path));
        const fh = await open(path, 'r+');
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
        return bytes;
      }
      await res.body?.cancel().catch(() => undefined);
      outcome = { status: res.status, retryAfter: res.headers.get('retry-after') };
      detail = `HTTP ${res.status}`;
    } catch (e) {
      if ((e as Error).name === 'SubmitError') throw e;
      if (e instanceof Refused) {
        ac.abort();
        throw c.fail({ kind: 'download', taskId, message: `did not download ${url}: ${e.message}`, hint: 'Result links point at the provider\'s CDN; a link elsewhere is not followed. --allow-private-urls only for staging and tests.' });
      }
      outcome = { error: 'NETWORK' };
      detail = ac.signal.aborted ? `no complete answer within ${Math.round(timeoutMs / 1000)} s` : `${errorCodes(e)[0] ?? 'network'}: ${(e as Error).message}`;
    } finally {
      clearTimeout(timer);
    }
    const decided = retryDecision(outcome, attempt, readRetryPolicy, c.clock);
    // a retry that would start after the deadline is not made
    const late = decided.retry && c.clock.now() + decided.delayMs >= deadline;
    if (late) detail = `${detail}; out of time (${Math.round(timeoutMs / 1000)} s for the whole download)`;
    const d = late ? { retry: false as const } : decided;
    if (!d.retry) {
      const expired = 'status' in outcome && (outcome.status === 403 || outcome.status === 404 || outcome.status === 410);
      throw c.fail({
        kind: 'download',
        taskId,
        status: 'status' in outcome ? outcome.status : null,
        message: `could not download ${url} (${detail}${attempt > 1 ? `, ${attempt} attempts` : ''})`,
        hint: expired
          ? `Result links live 24 h: if the task is older, the video is gone. Otherwise query it again ('seedance-preflight status ${taskId}') for fresh links.`
          : `Try again: 'seedance-preflight download ${taskId} --out DIR'.`,
      });
    }
    await c.clock.sleep(d.delayMs);
  }
}
