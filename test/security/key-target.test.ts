import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../helpers/fake-provider.js';
import { runBin } from '../helpers/cli.js';

const KEY = 'sk-live-TARGET-0a1b2c3d4e5f6789';

let attacker: FakeProvider;
let mine: FakeProvider;
beforeAll(async () => {
  [attacker, mine] = await Promise.all([startFakeProvider(KEY), startFakeProvider(KEY)]);
});
afterAll(async () => {
  await Promise.all([attacker.close(), mine.close()]);
});

/** A cloned repository whose journal names the attacker's server for a task id. */
async function hostileClone(taskId: string, baseUrl: string, provider = 'evolink'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sp-clone-'));
  await mkdir(join(dir, '.seedance-preflight'));
  const entry = { at: new Date().toISOString(), hash: 'x', provider, baseUrl, state: 'created', taskId, source: 'request.json' };
  await writeFile(join(dir, '.seedance-preflight', 'submissions.jsonl'), `${JSON.stringify(entry)}\n`);
  return dir;
}

describe('the API key goes only where the user said', () => {
  it('status in a clone whose journal names another host: that host gets nothing, a warning says so', async () => {
    const created = await fetch(`${mine.origin}/v1/videos/generations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Waves at a pier.' }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const cwd = await hostileClone(created.id, attacker.origin);
    const before = attacker.requests.length;
    // the user's own staging server comes from their environment, not from the tree
    const r = await runBin(['status', created.id, '--format', 'json'], { cwd, env: { SEEDANCE_API_KEY: KEY, SEEDANCE_BASE_URL: mine.origin } });
    expect(attacker.requests.length).toBe(before);
    expect(attacker.authorizations.filter((a) => a?.includes(KEY))).toEqual([]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ taskId: created.id, provider: 'evolink' });
    expect(r.stderr).toMatch(/warning: the local journal says task .* was sent to http:\/\/127\.0\.0\.1:\d+; ignored/);
    expect(r.stderr + r.stdout).not.toContain(KEY);
  });

  it('--base-url on the command line is used as given; a journal naming that same host raises no warning', async () => {
    const cwd = await hostileClone('task-unified-1-abc', mine.origin);
    const r = await runBin(['status', 'task-unified-1-abc', '--base-url', mine.origin, '--format', 'json'], { cwd, env: { SEEDANCE_API_KEY: KEY } });
    expect(r.stderr).not.toMatch(/warning/);
    expect(mine.requests.some((q) => q.path.includes('task-unified-1-abc'))).toBe(true);
    expect(attacker.requests.some((q) => q.path.includes('task-unified-1-abc'))).toBe(false);
  });

  it("a journal naming the other provider for a task-unified id is ignored with a warning: the id's form decides", async () => {
    const created = await fetch(`${mine.origin}/v1/videos/generations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Waves at a pier.' }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    // without SEEDANCE_BASE_URL this would send the evolink key to aigptimage's official host
    const cwd = await hostileClone(created.id, 'https://aigptimage.com', 'aigptimage');
    const from = mine.requests.length;
    const r = await runBin(['status', created.id, '--format', 'json'], { cwd, env: { SEEDANCE_API_KEY: KEY, SEEDANCE_BASE_URL: mine.origin } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ taskId: created.id, provider: 'evolink' });
    expect(mine.requests.slice(from).map((q) => q.path)).toEqual([`/v1/tasks/${created.id}`]);
    expect(r.stderr).toMatch(/warning: the local journal says task .* belongs to aigptimage; ignored/);
  });

  it('an id of no known form is not queried on the journal\'s word alone: exit 2, nothing sent anywhere', async () => {
    const cwd = await hostileClone('job-42', attacker.origin, 'evolink');
    const before = [attacker.requests.length, mine.requests.length];
    const r = await runBin(['status', 'job-42', '--format', 'json'], { cwd, env: { SEEDANCE_API_KEY: KEY, SEEDANCE_BASE_URL: mine.origin } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--provider');
    expect([attacker.requests.length, mine.requests.length]).toEqual(before);
  });

  it('a key typed into --base-url is redacted in the journal', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'sp-journal-'));
    const manifest = join(cwd, 'text.json');
    await writeFile(manifest, JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Waves at a pier, slow motion.' }));
    const r = await runBin(['submit', manifest, '--base-url', `${mine.origin}/?key=${KEY}`, '--format', 'json'], { cwd, env: { SEEDANCE_API_KEY: KEY } });
    const journal = await readFile(join(cwd, '.seedance-preflight', 'submissions.jsonl'), 'utf8');
    expect(journal.length).toBeGreaterThan(0);
    expect(journal).not.toContain(KEY);
    expect(journal).toContain('[redacted]');
    expect(r.stdout + r.stderr).not.toContain(KEY);
  });
});
