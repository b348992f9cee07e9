import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../package/consumer.js';

export const GOOD = join(ROOT, 'fixtures/sample/good.jpg');
export const BAD = join(ROOT, 'fixtures/sample/too-small.png');

/** A clone of this repository at its HEAD commit, as a hook user's pre-commit or npm fetches it. */
export function cloneAtHead(): { dir: string; clone: string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sp-hook-'));
  const clone = join(dir, 'seedance-preflight');
  execFileSync('git', ['clone', '--quiet', ROOT, clone]);
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: clone, encoding: 'utf8' }).trim();
  return { dir, clone, sha };
}
