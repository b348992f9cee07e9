// Real pre-commit installs the hook from a git clone of this repository (no build tools needed) and judges
// a bad and a good image. Tests the committed HEAD: commit before running it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sh } from '../package/consumer.js';
import { BAD, cloneAtHead, GOOD } from './repo.js';

const HAVE = spawnSync('pre-commit', ['--version']).status === 0;
const INSTALL = '`apt-get install -y pre-commit` (.ci/run does this) or `pipx install pre-commit`';
if (!HAVE && !process.env.CI) process.stderr.write(`\nSKIPPED the pre-commit hook test: pre-commit is not installed. Install it with ${INSTALL}.\n\n`);
const maybe = HAVE || process.env.CI ? describe : describe.skip;

let app: string;
let env: NodeJS.ProcessEnv;
const git = (...args: string[]) => sh('git', args, app, env);

maybe('the pre-commit hook', () => {
  beforeAll(async () => {
    const { dir, clone, sha } = cloneAtHead();
    app = join(dir, 'app');
    mkdirSync(app);
    env = {
      PRE_COMMIT_HOME: join(dir, 'pre-commit-home'),
      // the npm cache has every package already: no need to revalidate each one with the registry
      npm_config_prefer_offline: 'true',
      GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com',
    };
    execFileSync('git', ['init', '--quiet', app]);
    // language_version: system — use the Node on PATH, never download one
    writeFileSync(join(app, '.pre-commit-config.yaml'), `repos:
  - repo: ${clone}
    rev: ${sha}
    hooks:
      - id: seedance-preflight
        language_version: system
`);
    for (const f of [GOOD, BAD]) copyFileSync(f, join(app, basename(f)));
    expect((await sh('pre-commit', ['install'], app, env)).code).toBe(0);
    // installs the hook environment once (the slow part), so each commit below only runs it
    const installed = await sh('pre-commit', ['install-hooks'], app, env);
    expect(installed.stderr + installed.stdout).not.toMatch(/error/i);
    expect(installed.code).toBe(0);
  }, 900_000);

  it('refuses a commit with an image that is too small', { timeout: 120_000 }, async () => {
    await git('add', '.pre-commit-config.yaml', basename(BAD));
    const r = await git('commit', '-m', 'bad');
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('image.side');
    expect((await git('rev-parse', '--verify', '--quiet', 'HEAD')).code).not.toBe(0);
  });

  it('lets a commit with a good image through', { timeout: 120_000 }, async () => {
    await git('rm', '--cached', '--quiet', basename(BAD));
    await git('add', basename(GOOD));
    const r = await git('commit', '-m', 'good');
    expect(r.stdout + r.stderr).toMatch(/seedance-preflight\.+Passed/);
    expect(r.code).toBe(0);
    expect((await git('rev-parse', '--verify', '--quiet', 'HEAD')).code).toBe(0);
  });
});
