#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm ci` through the prepare script). It runs the
// bundle in dist/bin/ (faster to start) unless tsc has rebuilt dist/cli/ since the bundle was made.
import { statSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const mtime = (p) => {
  try {
    return statSync(new URL(p, dist)).mtimeMs;
  } catch {
    return -1;
  }
};
const entry = mtime('bin/BUILT') >= mtime('cli/main.js') ? '../dist/bin/main.js' : '../dist/cli/main.js';
import(entry)
  .then((m) => m.main(process.argv.slice(2)))
  .then((code) => { process.exitCode = code; })
  .catch((e) => {
    process.stderr.write(`seedance-preflight: cannot start (${e.message}); run 'npm run build' in the package folder\n`);
    process.exitCode = 2;
  });
