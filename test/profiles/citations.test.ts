import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { profiles } from '../../src/profiles/index.js';
import { flatLimits } from '../../src/profiles/flat.js';
import { AIGPTIMAGE, EVOLINK_API, EVOLINK_GUIDE } from '../../src/profiles/documents.js';
import type { Report } from '../../src/types.js';

/** What a user cannot look up: internal document numbers and paths outside the repository. */
const INTERNAL = /seed 0\d\d|"seed":\s*"0|\[seed|LIMITS\.md|\.\.\/shared|seeds\//i;
const SAMPLE = 'fixtures/sample';

describe('every limit cites a public document', () => {
  it('each limit of each built-in profile has a title and an https URL, and no note names an internal file', () => {
    for (const p of profiles) {
      expect(p.source.url, p.id).toMatch(/^https:\/\//);
      for (const [key, l] of flatLimits(p)) {
        expect(l.source.title, `${p.id} ${key}`).toMatch(/\S/);
        expect(l.source.url, `${p.id} ${key}`).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+(\/|$)/);
        expect(`${l.note ?? ''}`, `${p.id} ${key}`).not.toMatch(INTERNAL);
      }
    }
  });

  it('where documents disagree, the ruling says so in words', () => {
    const pixels = profiles[0].video.maxFramePixels;
    expect(pixels.source).toEqual(EVOLINK_API);
    expect(pixels.note).toMatch(/guide says .*480p-720p.*API reference allows.*we follow the API reference/);
  });
});

describe('no output names internal document numbers or paths', () => {
  // A fresh copy of the sample would not change what is cited; the shared sample is read-only here.
  it.each(['pretty', 'json', 'sarif', 'junit', 'github', 'html'])('lint --format %s cites titles and URLs', async (format) => {
    const r = await runBin(['lint', SAMPLE, '--format', format]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(INTERNAL);
    expect(r.stdout).toContain(EVOLINK_API.url);
    if (format !== 'github' && format !== 'sarif' && format !== 'junit') expect(r.stdout).toContain(EVOLINK_API.title);
  });

  it('json: each problem with a limit carries source {title, url}', async () => {
    const r = await runBin(['lint', SAMPLE, '--format', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    const slow = report.assets.find((a) => a.source.endsWith('slow.mp4'))!.problems[0];
    expect(slow).toMatchObject({ code: 'video.fps', source: { title: EVOLINK_API.title, url: EVOLINK_API.url } });
    expect(Object.keys(slow)).not.toContain('seed');
  });

  it('profiles, pretty and json, name each document by title and URL', async () => {
    const pretty = await runBin(['profiles']);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).not.toMatch(INTERNAL);
    for (const s of [EVOLINK_API, EVOLINK_GUIDE, AIGPTIMAGE]) expect(pretty.stdout).toContain(`${s.title} <${s.url}>`);
    const json = await runBin(['profiles', '--format', 'json']);
    expect(json.stdout).not.toMatch(INTERNAL);
    expect(JSON.parse(json.stdout)[0].source).toEqual(EVOLINK_API);
  });

  it('profiles NAME shows one profile; an unknown one exits 2 with the nearest name', async () => {
    const one = await runBin(['profiles', 'aigptimage']);
    expect(one.code).toBe(0);
    expect(one.stdout.match(/^\S+ {2}\(/gm)).toEqual(['aigptimage  (']);
    const bad = await runBin(['profiles', 'aigptimag']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("profiles aigptimage");
  });
});
