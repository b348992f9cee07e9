// pre-commit since mid 2026 installs a node hook with `npm install --allow-git=root --install-links -g
// git+file://CLONE` (pre_commit/languages/node.py). npm then runs `prepare` without dev dependencies, so the
// CLI must come from the committed bundle. This runs that exact install and the installed command.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sh } from '../package/consumer.js';
import { BAD, cloneAtHead, GOOD } from './repo.js';

let bin: string;
let cwd: string;

describe('an install from git without dev dependencies', () => {
  beforeAll(async () => {
    const { dir, clone, sha } = cloneAtHead();
    cwd = dir;
    let prefix = '';
    let r: Awaited<ReturnType<typeof sh>> | undefined;
    // npm itself sometimes loses a race renaming its temporary folders (ENOTEMPTY): that, and only that, is tried again
    for (let attempt = 1; attempt <= 2 && (!r || /ENOTEMPTY/.test(r.stderr)); attempt++) {
      prefix = join(dir, `prefix-${attempt}`);
      r = await sh('npm', ['install', '--allow-git=root', '--install-links', '-g', '--prefix', prefix, '--no-audit', '--no-fund', `git+file://${clone}#${sha}`], dir, { npm_config_prefer_offline: 'true' });
    }
    if (!r) throw new Error('npm install did not run');
    expect(r.stderr).not.toMatch(/npm error/);
    expect(r.code).toBe(0);
    bin = join(prefix, 'bin', 'seedance-preflight');
  }, 600_000);

  it('runs the CLI: 1 on a bad image, 0 on a good one', { timeout: 60_000 }, async () => {
    const bad = await sh(bin, ['lint', BAD, '--format', 'json'], cwd);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).assets[0].problems.map((p: { code: string }) => p.code)).toContain('image.side');
    expect((await sh(bin, ['lint', GOOD], cwd)).code).toBe(0);
  });
});
