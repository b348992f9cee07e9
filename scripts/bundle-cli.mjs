// Bundles the CLI (src/cli/main.ts) into a few lazily loaded files. Used by `npm run build` (dist/bin/),
// by `npm run prebuilt` (prebuilt/cli/, the copy git installs run) and by the test that keeps that copy current.
// One file per lazily loaded part instead of ~150 modules: Node's ESM loader costs tens of ms per hundred
// modules at every start. Every dependency stays external: the package ships one copy of each.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleCli(outdir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    // dev-only (the HTML report's browser check) and every runtime dependency with its subpaths
    external: ['playwright-core', ...deps.flatMap((d) => [d, `${d}/*`])],
    logLevel: 'warning',
  });
}
