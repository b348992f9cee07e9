// src/remote/run.ts
import http from "node:http";
import https from "node:https";

// src/remote/limiter.ts
var HostLimiter = class {
  constructor(perHost = 4) {
    this.perHost = perHost;
  }
  perHost;
  active = /* @__PURE__ */ new Map();
  waiting = /* @__PURE__ */ new Map();
  async run(host, task) {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }
  inFlight(host) {
    return this.active.get(host) ?? 0;
  }
  acquire(host) {
    const n = this.active.get(host) ?? 0;
    if (n < this.perHost) {
      this.active.set(host, n + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const q = this.waiting.get(host) ?? [];
      q.push(resolve);
      this.waiting.set(host, q);
    });
  }
  release(host) {
    const next = this.waiting.get(host)?.shift();
    if (next) return next();
    if (this.waiting.get(host)?.length === 0) this.waiting.delete(host);
    const n = (this.active.get(host) ?? 1) - 1;
    if (n <= 0) this.active.delete(host);
    else this.active.set(host, n);
  }
};
var defaultHostLimiter = new HostLimiter(4);

// src/remote/run.ts
var DEFAULT_RUN_DEADLINE_MS = 12e4;
var RemoteRun = class {
  limiter;
  agents;
  /** hostname -> the addresses its lookup gave (or the lookup's error), asked once per run. */
  dns = /* @__PURE__ */ new Map();
  /** URL -> where its redirects ended, so later requests for it go straight there. */
  redirects = /* @__PURE__ */ new Map();
  deadlineAt;
  deadlineMs;
  dead = /* @__PURE__ */ new Map();
  clock;
  closed = false;
  constructor(o = {}) {
    this.clock = o.now ?? Date.now;
    this.limiter = o.limiter ?? new HostLimiter(o.perHost ?? 32);
    this.deadlineMs = o.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS;
    this.deadlineAt = this.clock() + this.deadlineMs;
    const opts = { keepAlive: true, maxSockets: this.limiter.perHost };
    this.agents = { http: new http.Agent(opts), https: new https.Agent(opts) };
  }
  /** Milliseconds left before the run's deadline (never negative). */
  remainingMs() {
    return Math.max(0, this.deadlineAt - this.clock());
  }
  /**
   * A host that let a request time out is given up on for the rest of the run: the URLs queued
   * behind it fail at once with the same reason instead of each waiting out its own timeout.
   */
  markDead(host, why) {
    if (!this.dead.has(host)) this.dead.set(host, why);
  }
  deadReason(host) {
    return this.dead.get(host);
  }
  async close() {
    if (this.closed) return;
    this.closed = true;
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
};

export {
  HostLimiter,
  defaultHostLimiter,
  DEFAULT_RUN_DEADLINE_MS,
  RemoteRun
};
