import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_NAMES, mayHaveConfig, resolveGateLazy } from '../../src/cli/gate.js';
import { resolveGate } from '../../src/cli/gate-options.js';
import { CONFIG_FILE, PACKAGE_KEY } from '../../src/config/index.js';

// lint skips the config loader (zod) when no config can be found: that check must find every
// config the loader would, and resolveGateLazy must equal resolveGate.
const root = await mkdtemp(join(tmpdir(), 'gate-lazy-'));
afterAll(() => rm(root, { recursive: true, force: true }));

async function dir(name: string, files: Record<string, string>): Promise<string> {
  const d = join(root, name, 'sub');
  await mkdir(d, { recursive: true });
  for (const [f, text] of Object.entries(files)) await writeFile(join(root, name, f), text);
  return d;
}

describe('the config check before the loader', () => {
  it('looks for the names the loader looks for', () => {
    expect(CONFIG_NAMES).toEqual({ file: CONFIG_FILE, packageKey: PACKAGE_KEY });
  });

  it('hands over a config file, a package key, a broken package.json and --config; not a plain package.json', async () => {
    expect(mayHaveConfig({}, await dir('file', { [CONFIG_FILE]: '{"maxWarnings": 3}' }))).toBe(true);
    expect(mayHaveConfig({}, await dir('key', { 'package.json': JSON.stringify({ name: 'x', [PACKAGE_KEY]: { maxWarnings: 3 } }) }))).toBe(true);
    expect(mayHaveConfig({}, await dir('broken', { 'package.json': '{ "name": ' }))).toBe(true);
    expect(mayHaveConfig({ config: 'c.json' }, await dir('flag', {}))).toBe(true);
    // the temp dir's parents have no config either (a stray one there would make this test meaningless)
    expect(mayHaveConfig({}, await dir('plain', { 'package.json': '{"name": "x"}' }))).toBe(false);
  });

  it('gives the gate resolveGate gives, config or not', async () => {
    for (const d of [await dir('file2', { [CONFIG_FILE]: '{"maxWarnings": 3}' }), await dir('plain2', { 'package.json': '{"name": "x"}' })]) {
      const values = { format: 'json', cache: true, shard: '1/2' };
      const lazy = await resolveGateLazy(values, d);
      const eager = resolveGate(values, d);
      expect({ ...lazy, resolver: null }).toEqual({ ...eager, resolver: null });
    }
    await expect(resolveGateLazy({}, await dir('broken2', { 'package.json': '{' }))).rejects.toThrow(/not valid JSON/);
  });
});
