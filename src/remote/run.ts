import http from 'node:http';
import https from 'node:https';
import type { NetError } from './http.js';
import { HostLimiter } from './limiter.js';
import type { Hop } from './session.js';

export interface RemoteRunOptions {
  /**
   * Requests in flight to one host (host:port) at once. Default 32: a whole request's URLs (at most
   * 15) with head and tail each in flight together.
   */
  perHost?: number;
  /** A limiter shared with other runs (tests); default: one of `perHost` for this run. */
  limiter?: HostLimiter;
  /** Wall-clock bound on all of the run's network work, from its creation. Default 120 s; Infinity: none. */
  deadlineMs?: number;
  /** Injected for tests. */
  now?: () => number;
}

export const DEFAULT_RUN_DEADLINE_MS = 120_000;

/**
 * What every URL of one run (a lint, a preflight() call) shares, so that N URLs cost about one
 * round trip more than one URL: keep-alive connections (one pool per host), DNS answers and
 * redirect chains learnt once, one overall deadline, and hosts given up on once for all their URLs.
 * Network reads are not CPU work: callers start every URL at once and this bounds them per host.
 */
export class RemoteRun {
  readonly limiter: HostLimiter;
  readonly agents: { http: http.Agent; https: https.Agent };
  /** hostname -> the addresses its lookup gave (or the lookup's error), asked once per run. */
  readonly dns = new Map<string, Promise<{ address: string; family: number }[]>>();
  /** URL -> where its redirects ended, so later requests for it go straight there. */
  readonly redirects = new Map<string, { url: URL; hops: Hop[] }>();
  readonly deadlineAt: number;
  readonly deadlineMs: number;
  private readonly dead = new Map<string, NetError>();
  private readonly clock: () => number;
  private closed = false;

  constructor(o: RemoteRunOptions = {}) {
    this.clock = o.now ?? Date.now;
    this.limiter = o.limiter ?? new HostLimiter(o.perHost ?? 32);
    this.deadlineMs = o.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS;
    this.deadlineAt = this.clock() + this.deadlineMs;
    // keep-alive: a file's second request (its tail) and the next URL on the host reuse the socket
    const opts = { keepAlive: true, maxSockets: this.limiter.perHost };
    this.agents = { http: new http.Agent(opts), https: new https.Agent(opts) };
  }

  /** Milliseconds left before the run's deadline (never negative). */
  remainingMs(): number {
    return Math.max(0, this.deadlineAt - this.clock());
  }

  /**
   * A host that let a request time out is given up on for the rest of the run: the URLs queued
   * behind it fail at once with the same reason instead of each waiting out its own timeout.
   */
  markDead(host: string, why: NetError): void {
    if (!this.dead.has(host)) this.dead.set(host, why);
  }

  deadReason(host: string): NetError | undefined {
    return this.dead.get(host);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
