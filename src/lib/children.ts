import type { ChildProcess } from 'node:child_process';

/** Every child process we start, so none outlives the command (Ctrl-C and SIGTERM included). */
const live = new Set<ChildProcess>();

export function track<T extends ChildProcess>(child: T): T {
  live.add(child);
  child.once('exit', () => live.delete(child));
  child.once('error', () => live.delete(child));
  return child;
}

export function liveChildren(): number {
  return live.size;
}

export function killAll(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const c of live) {
    try { c.kill(signal); } catch { /* already gone */ }
  }
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
