// src/lib/children.ts
import { AsyncLocalStorage } from "node:async_hooks";
var live = /* @__PURE__ */ new Set();
var scopes = new AsyncLocalStorage();
function track(child) {
  live.add(child);
  const scope = scopes.getStore();
  scope?.children.add(child);
  const forget = () => {
    live.delete(child);
    scope?.children.delete(child);
  };
  child.once("exit", forget);
  child.once("error", forget);
  if (scope?.cancelled) kill(child, "SIGKILL");
  return child;
}
async function withChildScope(signal, fn) {
  const scope = { children: /* @__PURE__ */ new Set(), cancelled: false };
  const cancel = () => {
    scope.cancelled = true;
    for (const c of scope.children) kill(c, "SIGKILL");
  };
  if (signal.aborted) cancel();
  else signal.addEventListener("abort", cancel, { once: true });
  try {
    return await scopes.run(scope, fn);
  } finally {
    signal.removeEventListener("abort", cancel);
  }
}
function kill(c, signal) {
  try {
    c.kill(signal);
  } catch {
  }
}
function liveChildren() {
  return live.size;
}
function killAll(signal = "SIGKILL") {
  for (const c of live) kill(c, signal);
  live.clear();
}
var installed = false;
function killChildrenOnSignals(onSignal = () => {
}) {
  if (installed) return;
  installed = true;
  for (const [sig, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
    process.once(sig, () => {
      killAll();
      onSignal(sig);
      process.exit(code);
    });
  }
  process.once("exit", () => killAll());
}

export {
  track,
  withChildScope,
  liveChildren,
  killAll,
  killChildrenOnSignals
};
