// src/lib/children.ts
import { AsyncLocalStorage } from "node:async_hooks";
var live = /* @__PURE__ */ new Set();
var scopes = new AsyncLocalStorage();
var WATCHDOG = `
const pids = new Set(); let buf = '';
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => {});
const end = () => { for (const p of pids) { try { process.kill(p, 'SIGKILL'); } catch {} } process.exit(0); };
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  buf += d;
  for (let i; (i = buf.indexOf('\\n')) >= 0; buf = buf.slice(i + 1)) {
    const pid = Number(buf.slice(1, i));
    if (Number.isInteger(pid) && pid > 0) buf[0] === '+' ? pids.add(pid) : pids.delete(pid);
  }
});
process.stdin.on('end', end);
process.stdin.on('error', end);
`;
var watchdog;
function watch(line) {
  if (watchdog === void 0) {
    try {
      const { spawn } = process.getBuiltinModule("node:child_process");
      watchdog = spawn(process.execPath, ["-e", WATCHDOG], { stdio: ["pipe", "ignore", "ignore"], windowsHide: true });
      watchdog.on("error", () => watchdog = null);
      watchdog.stdin?.on("error", () => watchdog = null);
      watchdog.unref();
      watchdog.stdin?.unref?.();
    } catch {
      watchdog = null;
    }
  }
  if (watchdog?.stdin?.writable) watchdog.stdin.write(line);
}
function track(child) {
  live.add(child);
  const pid = child.pid;
  if (pid) watch(`+${pid}
`);
  const scope = scopes.getStore();
  scope?.children.add(child);
  let gone = false;
  const forget = () => {
    if (pid && !gone) watch(`-${pid}
`);
    gone = true;
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
