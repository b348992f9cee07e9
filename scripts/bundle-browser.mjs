#!/usr/bin/env node
// `npm run build` step 3: the browser entry (src/browser/index.ts) as an ES module that runs in a
// page as-is: everything bundled, the fallbacks a file may need (music-metadata and file-type's
// browser builds, the request schemas) split into chunks loaded on first use. Prints its size.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
rmSync(out, { recursive: true, force: true });
const result = await build({
  // the checker, and the HTML report's page builder for pages that show a report (loaded apart)
  entryPoints: { 'seedance-preflight': join(root, 'src', 'browser', 'index.ts'), report: join(root, 'src', 'browser', 'report.ts') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});
// sizes for the bench and the README: the entry and what it imports statically, then each lazy chunk
const outputs = result.metafile.outputs;
const gz = (file) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
const entry = Object.keys(outputs).find((f) => outputs[f].entryPoint?.endsWith('src/browser/index.ts'));
const eager = new Set([entry]);
for (const f of eager) for (const i of outputs[f].imports) if (i.kind === 'import-statement') eager.add(i.path);
const files = Object.keys(outputs).filter((f) => f.endsWith('.js'));
const sizes = {
  entry: relative(root, join(root, entry)),
  entryGzipBytes: [...eager].reduce((n, f) => n + gz(f), 0),
  eager: [...eager].map((f) => relative(root, join(root, f))),
  lazyGzipBytes: files.filter((f) => !eager.has(f)).reduce((n, f) => n + gz(f), 0),
  // the biggest lazy chunks, with the inputs that make most of each
  lazy: files
    .filter((f) => !eager.has(f))
    .map((f) => ({ file: relative(root, join(root, f)), gzipBytes: gz(f), mostly: topInput(outputs[f]) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes),
};
function topInput(o) {
  const [name] = Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)[0] ?? [''];
  if (!name.startsWith('node_modules/')) return name || null;
  return name.replace(/^node_modules\//, '').split('/').slice(0, name.includes('@') ? 2 : 1).join('/');
}
writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
