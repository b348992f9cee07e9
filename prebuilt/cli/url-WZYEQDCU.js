import {
  probe
} from "./chunk-N27CIEN3.js";
import {
  extensionOf
} from "./chunk-AQG3UE4A.js";
import "./chunk-I6J33UPO.js";
import "./chunk-XJNQ26GT.js";
import {
  blankFacts
} from "./chunk-XMF4D722.js";
import "./chunk-DHUFD2HK.js";
import "./chunk-ZISPTYH5.js";
import "./chunk-K2LW2AEP.js";
import "./chunk-DESKUQSG.js";
import "./chunk-SRTY4ZIH.js";

// src/probes/url.ts
var TAIL_PREFETCH = 16 * 1024;
async function probeUrl(url, opts = {}, now = Date.now) {
  const { openUrl, isRemoteFailure, expiresAt } = await import("./remote-BH35CMM3.js");
  const name = decodeName(url);
  const src = await openUrl(url, { allowPrivate: opts.allowPrivateUrls ?? false, run: opts.remoteRun, prefetchTail: TAIL_PREFETCH });
  const expiry = expiresAt(url);
  const expiryFacts = {
    expiresAt: expiry ? expiry.toISOString() : null,
    expiresInSec: expiry ? Math.round((expiry.getTime() - now()) / 1e3) : null
  };
  if (isRemoteFailure(src)) {
    const remote = { finalUrl: src.at, status: src.status ?? null, contentType: null, redirects: 0, ...expiryFacts, bytesRead: 0, requests: src.requests ?? 0 };
    return { ...blankFacts(url, extensionOf(name)), remote, failure: { reason: `url_${src.reason}`, detail: src.detail, hint: src.hint } };
  }
  try {
    const facts = await probe(src, opts);
    const m = src.meta;
    const remote = { finalUrl: m.finalUrl, status: m.status, contentType: m.contentType, redirects: m.redirects.length, ...expiryFacts, bytesRead: m.bytesRead(), requests: m.requests() };
    return { ...facts, source: url, remote };
  } finally {
    await src.close?.();
  }
}
function decodeName(url) {
  try {
    return decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
  } catch {
    return "";
  }
}
export {
  probeUrl
};
