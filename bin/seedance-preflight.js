#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm ci` through the prepare script).
import('../dist/cli/main.js')
  .then((m) => m.main(process.argv.slice(2)))
  .then((code) => { process.exitCode = code; })
  .catch((e) => {
    process.stderr.write(`seedance-preflight: cannot start (${e.message}); run 'npm run build' in the package folder\n`);
    process.exitCode = 2;
  });
