import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChildProcess } from 'node:child_process';

/** Every child process we start, so none outlives the command (Ctrl-C and SIGTERM included). */
const live = new Set<ChildProcess>();

/** The children of one piece of work (an MCP tool call), so cancelling it stops only its own. */
interface Scope {
  children: Set<ChildProcess>;
  cancelled: boolean;
}
const scopes = new AsyncLocalStorage<Scope>();

export function track<T extends ChildProcess>(child: T): T {
  live.add(child);
  const scope = scopes.getStore();
  scope?.children.add(child);
  const forget = () => {
    live.delete(child);
    scope?.children.delete(child);
  };
  child.once('exit', forget);
  child.once('error', forget);
  // work that goes on after a cancel (the rest of a pool) must not start anything new
  if (scope?.cancelled) kill(child, 'SIGKILL');
  return child;
}

/**
 * Runs `fn` so that every child it starts, however deep, is killed when `signal` aborts; children
 * started after the abort are killed at once. The other work of the process is left alone.
 */
export async function withChildScope<T>(signal: AbortSignal, fn: () => Promise<T>): Promise<T> {
  const scope: Scope = { children: new Set(), cancelled: false };
  const cancel = () => {
    scope.cancelled = true;
    for (const c of scope.children) kill(c, 'SIGKILL');
  };
  if (signal.aborted) cancel();
  else signal.addEventListener('abort', cancel, { once: true });
  try {
    return await scopes.run(scope, fn);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

function kill(c: ChildProcess, signal: NodeJS.Signals): void {
  try { c.kill(signal); } catch { /* already gone */ }
}

export function liveChildren(): number {
  return live.size;
}

export function killAll(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const c of live) kill(c, signal);
  live.clear();
}

let installed = false;

/** For the CLI: on SIGINT/SIGTERM kill the children, then exit 130/143 as shells expect. */
export function killChildrenOnSignals(onSignal: (signal: NodeJS.Signals) => void = () => {}): void {
  if (installed) return;
  installed = true;
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(sig, () => {
      killAll();
      onSignal(sig);
      process.exit(code);
    });
  }
  process.once('exit', () => killAll());
}
