import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { formatSarif } from '../../src/reporters/sarif.js';
import { codes } from '../../src/rules/codes.js';
import { NASTY, asset, nastyReport, problem, report } from './reports.js';

const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
// unicodeRegExp off: the schema's language pattern has a stray ']' that only the u flag rejects.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const cwd = '/repo/root dir';
const ctx = { cwd, toolVersion: '0.1.0' };

function check(log: unknown) {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('sarif', () => {
  const log = JSON.parse(formatSarif(nastyReport(cwd), ctx));
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 JSON Schema with nasty names', () => {
    check(log);
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'seedance-preflight', version: '0.1.0' });
  });

  it('the schema check is real: a broken log fails it', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    const bad = structuredClone(log);
    bad.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b/c d.mp4';
    expect(validate(bad)).toBe(false);
    bad.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'ok.mp4';
    bad.runs[0].results[0].level = 'fatal';
    expect(validate(bad)).toBe(false);
  });

  it('has one rule per code seen, with help from the catalogue, and results point at them', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      ['custom.unknown_code', 'file.extension_mismatch', 'image.side', 'request.prompt_reference_missing',
        'request.url_not_checked', 'video.fps', 'video.variable_frame_rate'].sort(),
    );
    const fps = run.tool.driver.rules.find((r: { id: string }) => r.id === 'video.fps');
    expect(fps.shortDescription.text).toBe(codes['video.fps']);
    expect(fps.help.text).toContain(codes['video.fps']);
    expect(fps.defaultConfiguration.level).toBe('error');
    // The rule names the public document its limit comes from; each result carries it too.
    expect(fps.helpUri).toBe('https://docs.evolink.ai/x');
    expect(fps.help.text).toContain('EvoLink API reference: Seedance 2.0 Reference-to-Video (https://docs.evolink.ai/x)');
    const fpsResult = run.results.find((r: { ruleId: string }) => r.ruleId === 'video.fps');
    expect(fpsResult.properties.source).toEqual({ title: 'EvoLink API reference: Seedance 2.0 Reference-to-Video', url: 'https://docs.evolink.ai/x' });
    expect(fpsResult.message.text).toContain('Source: https://docs.evolink.ai/x');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('maps severities to levels', () => {
    const levels = Object.fromEntries(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]));
    expect(levels).toMatchObject({ 'video.fps': 'error', 'file.extension_mismatch': 'warning', 'video.variable_frame_rate': 'note' });
  });

  it('uris are relative to cwd and percent-encoded; URLs stay absolute', () => {
    const uris: string[] = run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    const local = uris.filter((u) => !u.startsWith('https:'));
    for (const u of local) {
      expect(u).not.toMatch(/[\s"<>\\^`{|}]/);
      expect(u.startsWith('/')).toBe(false);
      expect(u.startsWith('..')).toBe(false);
    }
    const decoded = new Set(local.map((u) => u.split('/').map(decodeURIComponent).join('/')));
    for (const name of NASTY) expect(decoded.has(name)).toBe(true);
    expect(local).toContain('media/100%25%20done%2C%20v2%3A%20final.mov');
    expect(uris).toContain('https://cdn.example.com/a%20b/%C3%BC.mp4?x=1&y=2');
    expect(local).toContain('requests/req%201%2C%20%22draft%22.json');
    // Relative uris resolve against the run's SRCROOT to the real files.
    const base = run.originalUriBaseIds.SRCROOT.uri;
    expect(decodeURIComponent(new URL(local[0], base).pathname)).toBe(`${cwd}/${NASTY[0]}`);
  });

  it('fingerprints are stable across measured values and distinct per occurrence', () => {
    const fps = run.results.filter((r: any) => r.ruleId === 'video.fps' && r.locations[0].physicalLocation.artifactLocation.uri.startsWith('media/clip'));
    expect(fps).toHaveLength(2);
    expect(fps[0].partialFingerprints.primaryLocationLineHash).not.toBe(fps[1].partialFingerprints.primaryLocationLineHash);
    const a = JSON.parse(formatSarif(report([asset('x.mp4', 'video', [problem('video.fps', 'error', 'fps 61 > 60')])]), ctx));
    const b = JSON.parse(formatSarif(report([asset('x.mp4', 'video', [problem('video.fps', 'error', 'fps 75 > 60')])]), ctx));
    expect(a.runs[0].results[0].partialFingerprints).toEqual(b.runs[0].results[0].partialFingerprints);
  });

  it('a clean report is a valid log with no results', () => {
    const clean = JSON.parse(formatSarif(report([asset('ok.png', 'image', [])]), ctx));
    check(clean);
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].tool.driver.rules).toEqual([]);
  });
});
