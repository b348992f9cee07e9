#!/usr/bin/env node
// The floors for the bench, each a Node script doing only what any checker of a folder must do:
//   node floor.mjs <dir>         opens every file and reads its first and last 64 KiB (a cold header-and-tail check)
//   node floor.mjs --stat <dir>  stats every file (a warm run: an unchanged file must at least be stat-ed)
// Both synchronous, the fastest form in Node for this work.
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

const statOnly = process.argv[2] === '--stat';
const dir = process.argv[statOnly ? 3 : 2];
const buf = Buffer.allocUnsafe(64 * 1024);
let files = 0;
for (const e of readdirSync(dir, { withFileTypes: true })) {
  if (!e.isFile() || e.name.startsWith('.')) continue;
  files++;
  if (statOnly) {
    statSync(join(dir, e.name));
    continue;
  }
  const fd = openSync(join(dir, e.name), 'r');
  const size = fstatSync(fd).size;
  readSync(fd, buf, 0, buf.length, 0);
  if (size > buf.length) readSync(fd, buf, 0, buf.length, Math.max(0, size - buf.length));
  closeSync(fd);
}
process.stdout.write(`${files}\n`);
