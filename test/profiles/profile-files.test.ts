import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { profileJsonSchema, ProfileFileSchema } from '../../src/profiles/schema.js';
import { builtinFiles } from '../../src/profiles/builtin.js';
import { profiles } from '../../src/profiles/index.js';
import { flatLimits } from '../../src/profiles/flat.js';
import { loadProfileFiles } from '../../src/profiles/load.js';
import { toProfileFile } from '../../src/profiles/file.js';
import { lint } from '../../src/lint.js';
import { preflight } from '../../src/preflight.js';

const SCHEMA = new URL('../../schema/profile.schema.json', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'sp-profiles-'));
const file = (name: string, data: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return p;
};
const SOURCE = { title: 'Our platform limits', url: 'https://example.com/limits', checked: '2026-11-30' };
const mine = (over: Record<string, unknown> = {}) => ({ id: 'mine', extends: 'seedance-2.0-reference-to-video', models: ['my-model'], source: SOURCE, limits: {}, ...over });

describe('the profile schema', () => {
  it('the committed JSON Schema is the one zod generates (regenerate: npm run build && node scripts/profile-schema.mjs)', () => {
    expect(readFileSync(SCHEMA, 'utf8')).toBe(`${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
  });

  it('every built-in profile is a valid profile file, for zod and for the shipped JSON Schema', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    for (const f of builtinFiles) {
      expect(ProfileFileSchema.safeParse(f).success, f.id).toBe(true);
      expect(validate(f), `${f.id} ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate(mine({ limits: { 'video.maxDurationSec': 'long' } }))).toBe(false);
    expect(validate(mine({ limits: { 'video.maxDurationSecs': 20 } }))).toBe(false);
  });
});

describe('profiles ID --format json round-trips through --profile-file', () => {
  it.each(profiles.map((p) => p.id))('%s', async (id) => {
    const out = await runBin(['profiles', id, '--format', 'json']);
    expect(out.code).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(ProfileFileSchema.safeParse(printed).success).toBe(true);
    // Loaded under a new id (ids and models are one profile's each), every limit comes back the same.
    const p = file(`rt-${id}.json`, { ...printed, id: `copy-of-${id}`, models: [`copy-of-${id}`] });
    const [loaded] = await loadProfileFiles([p]);
    const original = profiles.find((x) => x.id === id)!;
    expect(Object.fromEntries(flatLimits(loaded))).toEqual(Object.fromEntries(flatLimits(original)));
    expect(loaded.dialect).toBe(original.dialect);
    expect(toProfileFile(loaded).limits).toEqual(printed.limits);
  });
});

describe('broken profile files are usage errors naming the file and the key (exit 2), never half-loaded', () => {
  const cases: [string, unknown, RegExp][] = [
    ['unknown key, with the nearest valid key', mine({ limits: { 'video.maxDurationSecs': 20 } }), /video\.maxDurationSecs: unknown key.*\n.*did you mean "video\.maxDurationSec"/],
    ['unknown top-level key', mine({ extend: 'x' }), /extend: unknown key\n.*did you mean "extends"/],
    ['wrong type', mine({ limits: { 'video.minFps': '15' } }), /video\.minFps: wrong type: expected a number/],
    ['wrong type in a list', mine({ limits: { 'audio.formats': 'flac' } }), /audio\.formats: wrong type: expected a list of strings/],
    ['unknown extends', mine({ extends: 'seedance-2.0-referense-to-video' }), /extends: no profile "seedance-2.0-referense-to-video" to extend\n.*did you mean "seedance-2\.0-reference-to-video"/],
    ['null on a bound every profile has (it can be changed, not removed)', mine({ limits: { 'image.minSide': null } }), /image\.minSide: wrong type: expected a number, or \{"value"/],
    ['an id taken by a built-in profile', mine({ id: 'aigptimage' }), /id: "aigptimage" is already the id of a built-in profile/],
    ['a source without a URL', mine({ source: { title: 'x' } }), /source\.url/],
    ['not JSON', '{ "id": ', /not valid JSON/],
  ];
  it.each(cases)('%s', async (_name, data, message) => {
    const p = file(`bad-${_name.replace(/\W+/g, '-')}.json`, data);
    const r = await runBin(['lint', 'fixtures/sample/good.png', '--profile-file', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(p);
    expect(r.stderr).toMatch(message);
  });

  it('a cycle through extends names both files', async () => {
    const a = file('cycle-a.json', mine({ id: 'a', extends: 'b', models: [] }));
    const b = file('cycle-b.json', mine({ id: 'b', extends: 'a', models: [] }));
    const r = await runBin(['profiles', '--profile-file', a, '--profile-file', b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/extends: "extends" makes a cycle: a -> b -> a|extends: "extends" makes a cycle: b -> a -> b/);
  });

  it('two profiles claiming one model: exit 2, and nothing of either is used', async () => {
    const a = file('claim-a.json', mine({ id: 'a', models: ['shared-model'] }));
    const b = file('claim-b.json', mine({ id: 'b', models: ['shared-model'] }));
    const r = await runBin(['profiles', '--profile-file', a, '--profile-file', b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claim-b\.json: models: model "shared-model" is already claimed by profile "a"/);
    await expect(loadProfileFiles([a, b])).rejects.toMatchObject({ name: 'PreflightUsageError', key: 'models' });
  });

  it('one good file and one broken: the run stops before anything is checked', async () => {
    const good = file('good.json', mine({ id: 'fine', models: ['fine-model'] }));
    const bad = file('bad-type.json', mine({ id: 'broken', models: [], limits: { 'video.maxFps': [60] } }));
    const r = await runBin(['lint', 'fixtures/sample', '--profile-file', good, '--profile-file', bad, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('choosing a user profile', () => {
  const p = file('platform.json', mine({ id: 'platform', models: ['platform-video-1'], limits: { 'request.qualities': ['480p'], 'request.maxAssets': { value: 2, note: 'our queue takes two' } } }));

  it('--model takes the id or any of its models; a manifest whose model it serves is checked against it and cites it', async () => {
    const req = file('req.json', { model: 'platform-video-1', prompt: 'image 1, image 2 and image 3', image_urls: ['a.png', 'b.png', 'c.png'], quality: '720p' });
    const report = await lint([req], { profiles: await loadProfileFiles([p]) });
    expect(report.requests[0].profile).toBe('platform');
    const quality = report.requests[0].problems.find((x) => x.code === 'request.quality')!;
    expect(quality).toMatchObject({ severity: 'error', limit: ['480p'], source: { title: SOURCE.title, url: SOURCE.url } });
    const cap = report.requests[0].problems.find((x) => x.code === 'request.asset_cap')!;
    expect(cap).toMatchObject({ actual: 3, limit: 2, source: { url: SOURCE.url }, ruling: 'our queue takes two' });
    for (const model of ['platform', 'platform-video-1']) {
      const r = await runBin(['lint', 'fixtures/sample/too-small.png', '--profile-file', p, '--model', model, '--format', 'json']);
      expect(JSON.parse(r.stdout).profile).toBe('platform');
    }
  });

  it('the library takes profile-file objects: lint(paths, { profiles: [obj] }), preflight(req, { profiles })', async () => {
    const obj = mine({ id: 'lib', models: ['lib-model'], limits: { 'request.durations': { min: 2, max: 30, integer: true, auto: null, default: 5 } } });
    const body = { model: 'lib-model', prompt: 'text only', duration: 25 };
    const mineReport = await preflight(body, { profiles: [obj] });
    expect(mineReport.requests[0].profile).toBe('lib');
    expect(mineReport.requests[0].problems.map((x) => x.code)).not.toContain('request.duration');
    const builtin = await preflight({ ...body, model: 'seedance-2.0-reference-to-video' });
    expect(builtin.requests[0].problems.map((x) => x.code)).toContain('request.duration');
    await expect(lint(['fixtures/sample/good.png'], { profiles: [{ ...obj, limits: { 'request.durationz': 1 } }] })).rejects.toMatchObject({ name: 'PreflightUsageError', key: 'request.durationz' });
  });

  it('"profiles" in the config file loads them, relative to the config', async () => {
    const cfgDir = mkdtempSync(join(tmpdir(), 'sp-cfg-'));
    writeFileSync(join(cfgDir, 'limits.json'), JSON.stringify(mine({ id: 'from-config', models: [], limits: { 'image.minSide': 100 } })));
    writeFileSync(join(cfgDir, 'seedance-preflight.config.json'), JSON.stringify({ profiles: ['./limits.json'], profile: 'from-config' }));
    writeFileSync(join(cfgDir, 'small.png'), readFileSync('fixtures/sample/too-small.png'));
    const r = await runBin(['lint', 'small.png', '--format', 'json'], { cwd: cfgDir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.profile).toBe('from-config');
    expect(report.assets[0].problems).toEqual([]);
  });
});
