import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

describe('usage mistakes exit 2 with a line that says what to type instead', () => {
  it('unknown command suggests the nearest', async () => {
    const r = await run(['lnt', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'lnt'/);
    expect(r.stderr).toMatch(/seedance-preflight lint/);
    expect(r.stdout).toBe('');
  });

  it('unknown option suggests the nearest', async () => {
    const r = await run(['lint', '--formt', 'json', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean --format/);
  });

  it('bad choice names the option, what was expected and what was given', async () => {
    const r = await run(['lint', '--format', 'jsn', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format expected one of pretty, json, sarif, junit, github, html; given 'jsn'/);
    expect(r.stderr).toMatch(/did you mean --format json/);
  });

  it('non-integer concurrency and missing values', async () => {
    expect((await run(['lint', '--concurrency', 'two', '.'])).code).toBe(2);
    const r = await run(['lint', '.', '--max-warnings']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-warnings needs a value/);
  });

  it('a path that does not exist is exit 2', async () => {
    const r = await run(['lint', 'no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or folder: no\/such\/folder/);
  });

  it('an unknown model lists the profiles', async () => {
    const r = await run(['lint', '--model', 'seedance-9', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/seedance-2.0-reference-to-video/);
  });

  it('no paths', async () => {
    const r = await run(['lint']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/e.g. seedance-preflight lint assets\//);
  });

  it('--help and no arguments print help on stdout and exit 0', async () => {
    for (const argv of [[], ['--help'], ['lint', '--help'], ['probe', '--help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage/);
    }
  });
});
