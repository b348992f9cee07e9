#!/usr/bin/env node
// `npm run build` step 2: the CLI bundle in dist/bin/ that bin/ runs (faster to start than tsc's output).
// `node scripts/bundle.mjs DIR` writes it elsewhere (`npm run prebuilt` writes prebuilt/cli/).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleCli, root } from './bundle-cli.mjs';

const target = process.argv[2];
const out = target ? resolve(target) : join(root, 'dist', 'bin');
await bundleCli(out);
// the launcher uses the bundle only when it is at least as new as tsc's output (see bin/)
if (!target) writeFileSync(join(out, 'BUILT'), `${Date.now()}\n`);
