import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');

export interface Run { code: number; stdout: string; stderr: string }

/** Runs a command to its end; a non-zero exit is a result, not a rejection. */
export async function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const r = await exec(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof x.code !== 'number') throw e;
    return { code: x.code, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

/** Newest mtime under a folder (to tell a stale dist/ from a fresh one). */
function newest(dir: string): number {
  let m = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    m = Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return m;
}

/** `npm pack` of this repository into `dir`, reusing dist/ (built by `npm test`'s pretest); the tarball's path. */
export async function pack(dir: string): Promise<string> {
  if (newest(join(ROOT, 'src')) > statSync(join(ROOT, 'dist', 'index.js')).mtimeMs) {
    throw new Error('dist/ is older than src/: run `npm run build` first (`npm test` does)');
  }
  const packed = await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  return join(dir, JSON.parse(packed.stdout)[0].filename);
}

/**
 * Packs this repository as `npm publish` would and installs the tarball into a fresh project under the
 * temp folder, the way a user adds the package. Packing reuses dist/ (built by `npm test`'s pretest).
 */
export async function installPacked(): Promise<{ dir: string; tarball: string }> {
  const work = mkdtempSync(join(tmpdir(), 'sp-consumer-'));
  const tarball = await pack(work);
  const dir = join(work, 'app');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const inst = await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir);
  if (inst.code !== 0) throw new Error(`npm install of the tarball failed: ${inst.stderr}`);
  return { dir, tarball };
}
