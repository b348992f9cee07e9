// The public API as the root export offers it (src/index.ts is what dist/index.js becomes).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { fix, FORMATS, getTask, isSubmitError, lint, loadFormatter, preflight, PreflightError, PreflightUsageError, problems, SubmitError, UploadError } from '../../src/index.js';
import * as schemas from '../../src/schemas/public.js';
import { ROOT } from './consumer.js';

const SAMPLE = join(ROOT, 'fixtures/sample');
const SMALL = join(SAMPLE, 'too-small.png');

describe('the root export', () => {
  it('lint takes one path as a string, not a list of letters', async () => {
    const report = await lint(SMALL);
    expect(report.assets.map((a) => a.problems.map((p) => p.code))).toEqual([['image.side']]);
  });

  it('problems() gives every problem of a request, its assets\' included', async () => {
    const report = await preflight({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1 and image 2', image_urls: ['too-small.png', 'good.jpg'] }, { baseDir: SAMPLE });
    expect(report.requests[0].problems).toEqual([]);
    const all = problems(report);
    expect(all.map((p) => [p.subject.endsWith('too-small.png'), p.code])).toEqual([[true, 'image.side']]);
    expect(problems(report, report.requests[0])).toEqual(all);
  });

  it('throws typed errors with a stable code: an unknown model in preflight and lint alike', async () => {
    const body = { model: 'seedance-2.0-reference-to-video', prompt: 'image 1', image_urls: ['good.jpg'] };
    for (const call of [() => preflight(body, { model: 'nope', baseDir: SAMPLE }), () => lint(SMALL, { model: 'nope' })]) {
      const e = await call().then(() => null, (x: unknown) => x);
      expect(e).toBeInstanceOf(PreflightUsageError);
      expect(e).toBeInstanceOf(PreflightError);
      expect((e as PreflightError).code).toBe('unknown_profile');
    }
    const missing = await lint(join(SAMPLE, 'no-such.png')).catch((x: PreflightError) => x);
    expect(missing).toMatchObject({ code: 'path_not_found' });
    expect(new SubmitError({ kind: 'rejected', message: 'm', hint: 'h', providerCode: 'rate_limit' })).toMatchObject({ code: 'submit_rejected', providerCode: 'rate_limit' });
    expect(new SubmitError({ kind: 'config', message: 'm', hint: 'h' })).toBeInstanceOf(PreflightError);
    expect(new UploadError('m', 'h')).toMatchObject({ code: 'upload_failed' });
  });

  it('loadFormatter gives every report format', async () => {
    const report = await lint([SMALL, join(SAMPLE, 'photo-really-png.jpg')]);
    const out = Object.fromEntries(await Promise.all(FORMATS.map(async (f) => [f, (await loadFormatter(f))(report, { cwd: SAMPLE })])));
    expect(Object.keys(out).sort()).toEqual(['github', 'html', 'json', 'junit', 'pretty', 'sarif']);
    expect(JSON.parse(out.json).summary).toMatchObject({ errors: 1, warnings: 1 });
    expect(JSON.parse(out.sarif).runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(['file.extension_mismatch', 'image.side']);
    const tags: string[] = [];
    const xml = new SaxesParser();
    xml.on('opentag', (t) => tags.push(t.name));
    xml.write(out.junit).close();
    expect(tags[0]).toBe('testsuites');
    expect(tags).toContain('failure');
    expect(out.github).toMatch(/^::error file=too-small\.png/m);
    expect(out.html).toMatch(/^<!doctype html>/i);
    expect(out.pretty).toContain('image.side');
    const bad = await loadFormatter('nope' as 'json').catch((e: PreflightError) => e);
    expect(bad).toMatchObject({ code: 'bad_option' });
  });

  it('keeps internals out', () => {
    for (const name of ['checkAsset', 'render', 'messages', 'MB', 'CONTENT_FILTER_FIELD', 'schemaFor', 'validateBody', 'openUrl', 'formatPretty', 'formatJson']) {
      expect(api, name).not.toHaveProperty(name);
    }
  });

  it('offers the zod schemas from seedance-preflight/schemas, not from the root', () => {
    const names = ['aigptimageRequestSchema', 'evolinkRequestSchema', 'evolinkTagsRequestSchema', 'miniRequestSchema'];
    expect(Object.keys(schemas).sort()).toEqual(names);
    for (const name of names) expect(api, name).not.toHaveProperty(name);
    const body = { model: 'seedance-2.0-reference-to-video', prompt: 'image 1', image_urls: ['good.jpg'] };
    expect(schemas.evolinkRequestSchema.safeParse(body).success).toBe(true);
    expect(schemas.evolinkRequestSchema.safeParse({ ...body, duration: 'long' }).success).toBe(false);
  });

  it('every exported function and class keeps its own name, loaded on first call or not', () => {
    const fns = Object.entries(api).filter(([, v]) => typeof v === 'function');
    expect(fns.map(([k]) => k)).toEqual(expect.arrayContaining(['lint', 'preflight', 'probe', 'submit', 'fix', 'plan', 'findProfile', 'PreflightError']));
    for (const [name, fn] of fns) expect((fn as { name: string }).name, name).toBe(name);
  });

  it('errors thrown inside modules loaded on first call are the classes the root exports', async () => {
    const fixed = await fix(['x'], {} as Parameters<typeof fix>[1]).catch((x: unknown) => x);
    expect(fixed).toBeInstanceOf(PreflightUsageError);
    expect(fixed).toMatchObject({ code: 'bad_option' });
    const server = createServer((_, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'invalid_api_key', message: 'bad key' } }));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const e = await getTask('task-1', { provider: 'evolink', apiKey: 'k', baseUrl }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(SubmitError);
      expect(isSubmitError(e)).toBe(true);
      expect(e).toMatchObject({ code: 'submit_rejected', status: 401, providerCode: 'invalid_api_key' });
    } finally {
      server.close();
    }
  });
});
