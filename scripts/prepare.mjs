#!/usr/bin/env node
// `prepare`: builds dist/ with the dev tools (tsc, esbuild) when they are installed: `npm ci`, `npm pack`.
// An install from git (pre-commit, `npm install -g github:…`) runs prepare without dev dependencies; then the
// committed CLI bundle in prebuilt/cli/ (kept current by test/precommit/prebuilt.test.ts) becomes dist/bin/.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const require = createRequire(join(root, 'package.json'));
const tool = (spec) => {
  try {
    return require.resolve(spec);
  } catch {
    return null;
  }
};
/** Newest modification time of the build's inputs. */
const newest = (p) => {
  const st = statSync(join(root, p));
  return st.isDirectory() ? Math.max(0, ...readdirSync(join(root, p)).map((f) => newest(join(p, f)))) : st.mtimeMs;
};
const built = () => {
  try {
    return statSync(join(root, 'dist', 'bin', 'BUILT')).mtimeMs;
  } catch {
    return -1;
  }
};
const tsc = tool('typescript/bin/tsc');
if (tsc && tool('esbuild')) {
  // `npm install` then `npm pack` both run prepare: build once.
  if (built() >= Math.max(...['src', 'scripts', 'package.json', 'tsconfig.json'].map(newest))) process.exit(0);
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  // the browser entry first: bundle.mjs stamps dist/bin/BUILT, after which prepare skips the build
  await import('./bundle-browser.mjs');
  await import('./bundle.mjs');
} else {
  const out = join(root, 'dist', 'bin');
  rmSync(out, { recursive: true, force: true });
  cpSync(join(root, 'prebuilt', 'cli'), out, { recursive: true });
  writeFileSync(join(out, 'BUILT'), `${Date.now()}\n`);
  process.stderr.write('seedance-preflight: no dev dependencies (an install from git): using the prebuilt CLI in prebuilt/cli/\n');
}
