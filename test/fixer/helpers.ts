import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { probe } from '../../src/probes/index.js';
import { checkAsset } from '../../src/rules/asset/index.js';
import { defaultProfile } from '../../src/profiles/index.js';
import { ffmpegPath } from '../../src/lib/binaries.js';
import { fix } from '../../src/fixer/index.js';
import type { FixOptions, FixReport } from '../../src/fixer/types.js';
import type { Facts } from '../../src/types.js';

export const tempDir = (tag: string) => mkdtemp(join(tmpdir(), `fixer-${tag}-`));

/** Runs fix() the way the suite keeps fast: ultrafast x264, two files at once. */
export async function fixInto(paths: string[], opts: Partial<FixOptions> = {}): Promise<{ report: FixReport; out: string }> {
  const out = opts.out ?? join(await tempDir('out'), 'fixed');
  const report = await fix(paths, { preset: 'ultrafast', concurrency: 2, ...opts, out });
  return { report, out };
}

/** The fixed entry for a source (by its path ending), with its output re-probed independently. */
export async function fixedOutput(report: FixReport, sourceEnd: string): Promise<{ facts: Facts; actions: string[] }> {
  const entry = report.fixed.find((f) => f.source.endsWith(sourceEnd));
  const other = [...report.failed, ...report.unfixable, ...report.unchanged].find((f) => f.source.endsWith(sourceEnd));
  expect(entry, `${sourceEnd} not fixed: ${JSON.stringify(other)}`).toBeDefined();
  const facts = await probe(entry!.output);
  return { facts, actions: entry!.actions.map((a) => `${a.type}:${a.code}`) };
}

/** Asset findings of the default profile that are errors (the lint verdict for a file). */
export function errorCodes(f: Facts): string[] {
  return checkAsset(f, defaultProfile).filter((x) => x.severity === 'error').map((x) => x.code);
}

export async function ffmpeg(args: string[]): Promise<void> {
  await promisify(execFile)(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
}

/** Every file under a folder with its sha256, sorted: a listing that shows any write. */
export async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out.push(`${p} ${createHash('sha256').update(await readFile(p)).digest('hex')}`);
  }
  return out.sort();
}
