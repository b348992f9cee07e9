#!/usr/bin/env node
// `npm run build` step 2: bundles the CLI (tsc's dist/cli/main.js) into dist/bin/ for the launcher.
// One file per lazily loaded part instead of ~150 modules: Node's ESM loader costs tens of ms per
// hundred modules at every start. Native and binary-shipping packages stay external.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bin');
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'dist', 'cli', 'main.js')],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // bundled CommonJS (debug, ...) may require() Node built-ins
  banner: { js: "import { createRequire as __spRequire } from 'node:module'; const require = __spRequire(import.meta.url);" },
  external: ['sharp', '@ffprobe-installer/*', '@ffmpeg-installer/*', 'fluent-ffmpeg', '@aws-sdk/*', 'playwright-core'],
  logLevel: 'warning',
});
// the launcher uses the bundle only when it is at least as new as tsc's output (see bin/)
writeFileSync(join(out, 'BUILT'), `${Date.now()}\n`);
