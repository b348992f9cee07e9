// src/remote/loopback.ts
import { randomBytes } from "node:crypto";
import http from "node:http";
var CHUNK = 64 * 1024;
async function exposeSource(src) {
  const path = `/${randomBytes(12).toString("hex")}/${encodeURIComponent(src.name || "source")}`;
  const errors = [];
  const active = /* @__PURE__ */ new Set();
  const server = http.createServer((req, res) => {
    const p = serve(req, res).catch((e) => {
      errors.push(e);
      res.destroy();
    }).finally(() => active.delete(p));
    active.add(p);
  });
  async function serve(req, res) {
    if (req.url !== path || req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(404).end();
      return;
    }
    const size = await src.size();
    let start = 0;
    let end = size - 1;
    const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? "");
    if (m && (m[1] !== "" || m[2] !== "")) {
      if (m[1] === "") start = Math.max(0, size - Number(m[2]));
      else {
        start = Number(m[1]);
        if (m[2] !== "") end = Math.min(Number(m[2]), size - 1);
      }
      if (start >= size || start > end) {
        res.writeHead(416, { "content-range": `bytes */${size}` }).end();
        return;
      }
    }
    const headers = { "accept-ranges": "bytes", "content-length": Math.max(0, end - start + 1), "content-type": "application/octet-stream" };
    res.writeHead(m ? 206 : 200, m ? { ...headers, "content-range": `bytes ${start}-${end}/${size}` } : headers);
    if (req.method === "HEAD" || size === 0) {
      res.end();
      return;
    }
    let closed = false;
    res.on("close", () => closed = true);
    for (let pos = start; pos <= end && !closed; pos += CHUNK) {
      const bytes = await src.read(pos, Math.min(CHUNK, end - pos + 1));
      if (closed) break;
      if (!res.write(bytes)) await drainOrClose(res);
    }
    res.end();
  }
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${path}`,
    errors,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      await Promise.all(active);
    }
  };
}
function drainOrClose(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

export {
  exposeSource
};
