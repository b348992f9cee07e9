import type { Facts, RemoteFacts } from '../types.js';
import { blankFacts } from './facts.js';
import { extensionOf } from './sniff.js';
import { probe, type ProbeOptions } from './index.js';

const TAIL_PREFETCH = 16 * 1024;

/**
 * A URL probed as the provider will fetch it: redirects followed and re-checked, only the byte ranges
 * the probes need read. Facts are those of the same file on disk, plus `remote`.
 */
export async function probeUrl(url: string, opts: ProbeOptions = {}, now: () => number = Date.now): Promise<Facts> {
  const { openUrl, isRemoteFailure, expiresAt } = await import('../remote/index.js');
  const name = decodeName(url);
  // the tail every format's check reads (a JPEG's last 16 KiB, a moov at the end) comes with the head
  const src = await openUrl(url, { allowPrivate: opts.allowPrivateUrls ?? false, run: opts.remoteRun, prefetchTail: TAIL_PREFETCH });
  const expiry = expiresAt(url);
  const expiryFacts = {
    expiresAt: expiry ? expiry.toISOString() : null,
    expiresInSec: expiry ? Math.round((expiry.getTime() - now()) / 1000) : null,
  };
  if (isRemoteFailure(src)) {
    const remote: RemoteFacts = { finalUrl: src.at, status: src.status ?? null, contentType: null, redirects: 0, ...expiryFacts, bytesRead: 0, requests: src.requests ?? 0 };
    return { ...blankFacts(url, extensionOf(name)), remote, failure: { reason: `url_${src.reason}`, detail: src.detail, hint: src.hint } };
  }
  try {
    const facts = await probe(src, opts);
    const m = src.meta;
    const remote: RemoteFacts = { finalUrl: m.finalUrl, status: m.status, contentType: m.contentType, redirects: m.redirects.length, ...expiryFacts, bytesRead: m.bytesRead(), requests: m.requests() };
    return { ...facts, source: url, remote };
  } finally {
    await src.close?.();
  }
}

function decodeName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}
