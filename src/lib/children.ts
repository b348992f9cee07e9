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

/**
 * A kill -9 of this process runs no handler, so its children (ffmpeg, ffprobe) would run on. One small
 * watchdog process per run holds the read end of a pipe and the pids of the live children; when this
 * process dies, however, the pipe reaches end-of-file and the watchdog kills those pids. It ignores
 * the terminal's signals (Ctrl-C reaches the whole group) so that it outlives us, never the other way.
 */
const WATCHDOG = `
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

let watchdog: ChildProcess | null | undefined;

function watch(line: string): void {
  if (watchdog === undefined) {
    try {
      // loaded here, with the first child: a run that starts none never loads child_process (~5 ms)
      const { spawn } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
      watchdog = spawn(process.execPath, ['-e', WATCHDOG], { stdio: ['pipe', 'ignore', 'ignore'], windowsHide: true });
      watchdog.on('error', () => (watchdog = null));
      watchdog.stdin?.on('error', () => (watchdog = null));
      // neither the watchdog nor its pipe keeps this process alive
      watchdog.unref();
      (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    } catch {
      watchdog = null;
    }
  }
  if (watchdog?.stdin?.writable) watchdog.stdin.write(line);
}

export function track<T extends ChildProcess>(child: T): T {
  live.add(child);
  const pid = child.pid;
  if (pid) watch(`+${pid}\n`);
  const scope = scopes.getStore();
  scope?.children.add(child);
  let gone = false;
  const forget = () => {
    if (pid && !gone) watch(`-${pid}\n`);
    gone = true;
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
