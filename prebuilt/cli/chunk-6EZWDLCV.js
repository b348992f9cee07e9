// src/lib/children.ts
var live = /* @__PURE__ */ new Set();
function track(child) {
  live.add(child);
  child.once("exit", () => live.delete(child));
  child.once("error", () => live.delete(child));
  return child;
}
function liveChildren() {
  return live.size;
}
function killAll(signal = "SIGKILL") {
  for (const c of live) {
    try {
      c.kill(signal);
    } catch {
    }
  }
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
  liveChildren,
  killAll,
  killChildrenOnSignals
};
