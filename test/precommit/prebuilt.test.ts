// Installs from git (pre-commit) have no dev tools and run the committed CLI bundle in prebuilt/cli/.
// It must be what the sources build today.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleCli } from '../../scripts/bundle-cli.mjs';

const PREBUILT = resolve(import.meta.dirname, '../../prebuilt/cli');
const STALE = 'prebuilt/cli/ is stale: run `npm run prebuilt` and commit prebuilt/';

const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('prebuilt/cli', () => {
  it('is the bundle the current sources build', { timeout: 60_000 }, async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'sp-prebuilt-'));
    await bundleCli(fresh);
    const want = files(fresh);
    const have = files(PREBUILT);
    expect(Object.keys(have), STALE).toEqual(Object.keys(want));
    for (const [name, text] of Object.entries(want)) expect(have[name] === text, `${STALE} (${name} differs)`).toBe(true);
  });
});
