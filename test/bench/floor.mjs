#!/usr/bin/env node
// The read floor for the bench: a Node script that only opens every file of a folder and reads its
// first and last 64 KiB (what any header-and-tail checker must at least do), synchronously.
//   node floor.mjs <dir>
import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const buf = Buffer.allocUnsafe(64 * 1024);
let files = 0;
for (const e of readdirSync(dir, { withFileTypes: true })) {
  if (!e.isFile() || e.name.startsWith('.')) continue;
  const fd = openSync(join(dir, e.name), 'r');
  const size = fstatSync(fd).size;
  readSync(fd, buf, 0, buf.length, 0);
  if (size > buf.length) readSync(fd, buf, 0, buf.length, Math.max(0, size - buf.length));
  closeSync(fd);
  files++;
}
process.stdout.write(`${files}\n`);
