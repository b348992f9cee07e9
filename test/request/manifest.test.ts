import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { loadManifest, normalizeRequest } from '../../src/manifest/index.js';
import { checkRequest } from '../../src/rules/request/index.js';
import { codes, only } from './helpers.js';

const FIX = resolve('fixtures/requests');
const tmp = mkdtempSync(join(tmpdir(), 'sp-manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const all = async (path: string, opts = {}) => {
  const req = await loadManifest(path, opts);
  return { req, findings: [...req.findings, ...checkRequest(req, { profile: req.profile, facts: () => undefined, exists: existsSync })] };
};

describe('committed manifests', () => {
  it('seed 000 three-modal example: valid; only the unprobed URLs are reported', async () => {
    const { req, findings } = await all(join(FIX, 'evolink-multimodal.json'));
    expect(req).toMatchObject({ dialect: 'evolink', profileReason: 'model', duration: 10, quality: '720p', aspectRatio: '16:9', parsed: true });
    expect(req.profile.id).toBe('seedance-2.0-reference-to-video');
    expect(req.videos[0]).toEqual({ kind: 'video', index: 0, written: 'https://example.com/pov-reference.mp4', location: { type: 'url', url: 'https://example.com/pov-reference.mp4' } });
    expect(codes(findings)).toEqual(['request.url_not_checked', 'request.url_not_checked', 'request.url_not_checked']);
  });

  it('tag dialect (001): picked by shape; @Image3 is missing and @Image2 unreferenced', async () => {
    const { req, findings } = await all(join(FIX, 'tags-dialect.json'));
    expect(req).toMatchObject({ dialect: 'evolink-tags', profileReason: 'shape', seed: -1, duration: -1 });
    expect(only(findings, 'request.prompt_reference_missing').map((f) => f.args.written)).toEqual(['@Image3']);
    expect(only(findings, 'request.asset_unreferenced').map((f) => f.args.numbers)).toEqual([[2]]);
    expect(findings.filter((f) => f.code !== 'request.url_not_checked' && f.severity === 'error')).toHaveLength(1);
  });

  it('aigptimage (004): input fields mapped', async () => {
    const { req, findings } = await all(join(FIX, 'aigptimage.json'));
    expect(req).toMatchObject({ dialect: 'aigptimage', quality: '1080p', aspectRatio: '16:9', contentFilter: false, duration: 5, callbackUrl: null });
    expect(req.images.map((r) => r.written)).toEqual(['https://cdn.example.com/ref-1.png']);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('invalid JSON names line and column', async () => {
    const { req, findings } = await all(join(FIX, 'invalid-trailing-comma.json'));
    expect(req.parsed).toBe(false);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'request.invalid_json', severity: 'error', args: { line: 4, column: 26 } });
  });

  it('local paths: missing file, escaping path, mini switches, unknown field', async () => {
    const { req, findings } = await all(join(FIX, 'local-paths.json'));
    expect(req.profile.id).toBe('seedance-2.0-mini-reference-to-video');
    expect(req.contentFilter).toBe(false);
    expect(req.images[0].location).toEqual({ type: 'path', path: join(FIX, 'media/does-not-exist.png') });
    expect(only(findings, 'request.path_escapes').map((f) => f.args)).toEqual([
      expect.objectContaining({ index: 1, written: '../outside-the-folder.png', actual: resolve(FIX, '../outside-the-folder.png'), path: '$.image_urls[1]' }),
    ]);
    expect(only(findings, 'request.asset_missing').map((f) => f.args.index)).toEqual([0, 1]);
    expect(only(findings, 'request.unknown_field').map((f) => f.args.field)).toEqual(['resolution']);
    expect(only(findings, 'request.model_unavailable')).toHaveLength(1);
    expect(only(findings, 'request.callback_url')[0].args).toMatchObject({ reason: 'private_host', hostClass: 'local_name' });
    expect(only(findings, 'request.asset_unreferenced').map((f) => f.args.numbers)).toEqual([[2]]);
  });
});

describe('loadManifest on generated files', () => {
  it('an existing local image resolves next to the manifest and is not missing', async () => {
    const dir = join(tmp, 'ok');
    mkdirSync(join(dir, 'media'), { recursive: true });
    await sharp({ create: { width: 640, height: 480, channels: 3, background: '#336699' } }).png().toFile(join(dir, 'media', 'ref.png'));
    const outside = join(tmp, 'outside.png');
    writeFileSync(outside, 'x');
    const body = { model: 'seedance-2.0-reference-to-video', prompt: 'image 1 and image 2 and image 3', image_urls: ['media/ref.png', outside, pathToFileURL(join(dir, 'media', 'ref.png')).href] };
    writeFileSync(join(dir, 'req.json'), JSON.stringify(body));
    const { req, findings } = await all(join(dir, 'req.json'));
    expect(req.images.map((r) => r.location)).toEqual([
      { type: 'path', path: join(dir, 'media', 'ref.png') },
      { type: 'path', path: outside },
      { type: 'path', path: join(dir, 'media', 'ref.png') },
    ]);
    expect(codes(findings)).toEqual(['request.path_escapes']);
    expect(findings[0].args).toMatchObject({ index: 1 });
  });

  it('a UTF-8 BOM is not an error', async () => {
    const p = join(tmp, 'bom.json');
    writeFileSync(p, '\ufeff{"model":"seedance-2.0-reference-to-video","prompt":"x"}');
    const { req } = await all(p);
    expect(req.parsed).toBe(true);
    expect(req.findings).toEqual([]);
  });

  it.each([
    ['', 1, 1, 'the file is empty'],
    ['{"model": "m",\n "prompt": \'x\'}', 2, 12, undefined],
    ['{"a": 1}\n\n  }', 3, 3, undefined],
    ['{"a": [1, 2', 1, 12, undefined],
  ])('invalid JSON %j is at line %i column %i', async (text, line, column, detail) => {
    const p = join(tmp, `bad-${line}-${column}.json`);
    writeFileSync(p, text);
    const { req } = await all(p);
    expect(req.findings).toHaveLength(1);
    expect(req.findings[0].args).toMatchObject({ line, column });
    if (detail) expect(req.findings[0].args.detail).toBe(detail);
  });

  it('missing file and folder are findings, not throws', async () => {
    expect(codes((await loadManifest(join(tmp, 'nope.json'))).findings)).toEqual(['file.not_found']);
    expect(codes((await loadManifest(tmp)).findings)).toEqual(['file.not_regular']);
  });

  it('an explicit profile overrides the choice; an unknown one throws (usage error)', async () => {
    const { req } = await all(join(FIX, 'evolink-multimodal.json'), { profile: 'seedance-2.0-fast-reference-to-video' });
    expect(req.profileReason).toBe('option');
    await expect(loadManifest(join(FIX, 'evolink-multimodal.json'), { profile: 'nope' })).rejects.toThrow(/unknown profile/);
  });
});

describe('normalizeRequest', () => {
  it('a JSON value that is not an object is a schema error at $', () => {
    for (const body of [[], 'x', 3, null]) {
      const req = normalizeRequest(body, 'lib');
      expect(req.findings.map((f) => [f.code, f.args.path])).toContainEqual(['request.schema', '$']);
      expect(req.images).toEqual([]);
    }
  });
  it('wrong item types keep the indices of the others', () => {
    const req = normalizeRequest({ model: 'seedance-2.0-reference-to-video', prompt: 'x', image_urls: ['https://a/1.png', 7, '', 'https://a/4.png'] }, 'lib');
    expect(req.images.map((r) => r.index)).toEqual([0, 2, 3]);
    expect(only(req.findings, 'request.schema').map((f) => f.args.path)).toEqual(['$.image_urls[1]', '$.image_urls[2]']);
  });
  it('relative paths resolve against baseDir; no escape check unless baseDir is given', () => {
    const noBase = normalizeRequest({ model: 'seedance-2.0-reference-to-video', prompt: 'x', image_urls: ['../a.png'] }, 'lib');
    expect(noBase.images[0].location).toEqual({ type: 'path', path: resolve('../a.png') });
    expect(only(noBase.findings, 'request.path_escapes')).toEqual([]);
    const withBase = normalizeRequest({ model: 'seedance-2.0-reference-to-video', prompt: 'x', image_urls: ['../a.png'] }, 'lib', { baseDir: tmp });
    expect(only(withBase.findings, 'request.path_escapes')).toHaveLength(1);
  });
  it('a body JSON cannot encode does not crash', () => {
    const body: Record<string, unknown> = { model: 'seedance-2.0-reference-to-video', prompt: 'x' };
    body.self = body;
    expect(normalizeRequest(body, 'lib').bodyBytes).toBe(0);
  });
});
