#!/usr/bin/env node
// A loopback object store for the bench: serves the files of a folder on 127.0.0.1 with Range
// support (as S3/GCS do), answering every request after a fixed delay (a stand-in for the network
// round trip), keep-alive on. Runs as its own process so that the bench's timed children do not
// share its event loop. Prints "PORT <n>" once listening.
//   node store.mjs <dir> <delay-ms>
//   GET /__stats  -> {"requests":n,"connections":n,"bytes":n} since the last /__reset
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import { join, normalize } from 'node:path';

const [dir, delayArg] = process.argv.slice(2);
const delay = Number(delayArg ?? 0);
let stats = { requests: 0, connections: 0, bytes: 0 };

const server = http.createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/__stats') return void res.end(JSON.stringify(stats));
  if (path === '/__reset') {
    stats = { requests: 0, connections: 0, bytes: 0 };
    return void res.end('{}');
  }
  stats.requests++;
  setTimeout(() => serve(req, res, path), delay);
});
server.keepAliveTimeout = 30_000;
server.on('connection', () => stats.connections++);

function serve(req, res, path) {
  const file = normalize(join(dir, path));
  let size;
  try {
    const st = statSync(file);
    if (!file.startsWith(normalize(dir)) || !st.isFile()) throw new Error('no');
    size = st.size;
  } catch {
    res.writeHead(404, { 'content-length': 0 });
    return void res.end();
  }
  const type = file.endsWith('.mp4') ? 'video/mp4' : file.endsWith('.jpg') ? 'image/jpeg' : 'application/octet-stream';
  let start = 0;
  let end = size - 1;
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (m) {
    if (m[1] === '') start = Math.max(0, size - Number(m[2]));
    else {
      start = Number(m[1]);
      if (m[2] !== '') end = Math.min(Number(m[2]), size - 1);
    }
    if (start >= size || start > end) {
      res.writeHead(416, { 'content-range': `bytes */${size}`, 'content-length': 0 });
      return void res.end();
    }
  }
  const headers = { 'content-type': type, 'accept-ranges': 'bytes', 'content-length': end - start + 1 };
  if (m) headers['content-range'] = `bytes ${start}-${end}/${size}`;
  res.writeHead(m ? 206 : 200, headers);
  if (req.method === 'HEAD') return void res.end();
  const stream = createReadStream(file, { start, end, highWaterMark: 64 * 1024 });
  stream.on('data', (c) => {
    stats.bytes += c.length;
    if (!res.write(c)) stream.pause();
  });
  res.on('drain', () => stream.resume());
  res.on('close', () => stream.destroy());
  stream.on('end', () => res.end());
}

server.listen(0, '127.0.0.1', () => process.stdout.write(`PORT ${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
