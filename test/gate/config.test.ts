import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ConfigError, applyConfig, applyConfigToReport, configResolver, findConfigFile, loadConfig, readConfigFile,
} from '../../src/config/index.js';
import { asset, problem, report, request } from './reports.js';

const root = mkdtempSync(path.join(tmpdir(), 'sp-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, value: unknown): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('config discovery', () => {
  it('finds the nearest config upward; the config file beats package.json in the same folder', () => {
    write('a/seedance-preflight.config.json', { profile: 'seedance-2.0-fast-reference-to-video' });
    write('a/b/package.json', { name: 'x', seedancePreflight: { profile: 'seedance-2.0-mini-reference-to-video' } });
    write('a/b/c/package.json', { name: 'no key here' });
    mkdirSync(path.join(root, 'a/b/c/d'), { recursive: true });
    expect(findConfigFile(path.join(root, 'a/b/c/d'))).toBe(path.join(root, 'a/b/package.json'));
    expect(loadConfig({ cwd: path.join(root, 'a/b/c/d') })?.config.profile).toBe('seedance-2.0-mini-reference-to-video');
    expect(loadConfig({ cwd: path.join(root, 'a') })?.config.profile).toBe('seedance-2.0-fast-reference-to-video');
    write('a/b/seedance-preflight.config.json', { profile: 'seedance-2.0-reference-to-video' });
    const loaded = loadConfig({ cwd: path.join(root, 'a/b/c') });
    expect(loaded?.file).toBe(path.join(root, 'a/b/seedance-preflight.config.json'));
    expect(loaded?.dir).toBe(path.join(root, 'a/b'));
  });

  it('returns null when no folder up to the root has one', () => {
    mkdirSync(path.join(root, 'empty/deeper'), { recursive: true });
    const found = findConfigFile(path.join(root, 'empty/deeper'));
    // Only something above the temp folder could be found, never a file inside it.
    expect(found === null || !found.startsWith(root)).toBe(true);
  });

  it('--config wins over discovery and may point at a package.json', () => {
    const explicit = write('x/custom.json', { profile: 'seedance-2.0-fast-reference-to-video' });
    expect(loadConfig({ cwd: path.join(root, 'a/b'), configPath: explicit })?.config.profile).toBe('seedance-2.0-fast-reference-to-video');
    const pkg = write('y/package.json', { seedancePreflight: { maxWarnings: 3 } });
    expect(loadConfig({ cwd: root, configPath: pkg })?.config.maxWarnings).toBe(3);
    expect(errorOf(() => loadConfig({ cwd: root, configPath: 'nope.json' })).message).toContain('no such file');
    const bare = write('z/package.json', { name: 'z' });
    expect(errorOf(() => readConfigFile(bare)).message).toContain('has no "seedancePreflight" key');
  });
});

describe('config errors name the file and the key', () => {
  it('unknown top-level key', () => {
    const f = write('e1/seedance-preflight.config.json', { profile: 'seedance-2.0-fast-reference-to-video', ignores: ['x'] });
    const e = errorOf(() => readConfigFile(f));
    expect(e.file).toBe(f);
    expect(e.message).toContain(f);
    expect(e.problems).toEqual(['unknown key "ignores" at the top level']);
  });

  it('unknown key inside an override, unknown rule code, bad severity (a profile id is checked when the profiles are loaded)', () => {
    const f = write('e2/seedance-preflight.config.json', {
      rules: { 'video.fsp': 'off' },
      overrides: [{ files: '*.mp4', rule: {} }, { files: ['a'], rules: { 'video.fps': 'fatal' }, profile: 'nope' }],
    });
    const { problems } = errorOf(() => readConfigFile(f));
    expect(problems).toContain('unknown rule code "video.fsp" in rules');
    expect(problems).toContain('unknown key "rule" in overrides[0]');
    expect(problems.some((p) => p.startsWith('overrides[1].rules.video.fps:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('overrides[1].profile:'))).toBe(false);
  });

  it('errors in package.json are placed under the key; invalid JSON and wrong types are errors', () => {
    const pkg = write('e3/package.json', { seedancePreflight: { colour: true } });
    expect(errorOf(() => loadConfig({ cwd: path.join(root, 'e3') })).problems).toEqual([
      'unknown key "colour" in seedancePreflight',
    ]);
    expect(pkg).toBeTruthy();
    const bad = write('e4/seedance-preflight.config.json', '{ "profile": ');
    expect(errorOf(() => readConfigFile(bad)).message).toContain('not valid JSON');
    const wrong = write('e5/seedance-preflight.config.json', { maxWarnings: -1, include: 'media' });
    const { problems } = errorOf(() => readConfigFile(wrong));
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['include', 'maxWarnings']);
  });
});

describe('config resolution and application', () => {
  const dir = path.join(root, 'proj');
  const loaded = {
    file: path.join(dir, 'seedance-preflight.config.json'),
    dir,
    config: {
      profile: 'seedance-2.0-reference-to-video',
      include: ['media/', 'requests/**/*.json'],
      ignore: ['*.tmp.mp4', '/media/raw/', '!/media/raw/keep.mp4'],
      rules: { 'file.extension_mismatch': 'off' as const, 'video.fps': 'warning' as const },
      overrides: [
        { files: 'media/fast/**', profile: 'seedance-2.0-fast-reference-to-video', rules: { 'video.fps': 'error' as const } },
        { files: ['**/*.mov'], rules: { 'video.fps': 'info' as const, 'video.duration': 'off' as const } },
      ],
    },
  };
  const r = configResolver(loaded, dir);

  it('include and ignore globs, relative to the config folder', () => {
    expect(r.isExcluded('media/a.mp4')).toBe(false);
    expect(r.isExcluded(path.join(dir, 'media/a.mp4'))).toBe(false);
    expect(r.isExcluded('other/a.mp4')).toBe(true);
    expect(r.isExcluded('requests/x/y.json')).toBe(false);
    expect(r.isExcluded('media/deep/x.tmp.mp4')).toBe(true);
    expect(r.isExcluded('media/raw/a.mp4')).toBe(true);
    expect(r.isExcluded('media/raw/keep.mp4')).toBe(false);
    expect(r.isExcluded('media/.hidden/a b.mp4')).toBe(false);
    // relative to cwd when cwd is not the config folder
    expect(configResolver(loaded, path.join(dir, 'media')).isExcluded('raw/a.mp4')).toBe(true);
    // outside the config folder and URLs: no glob applies
    expect(r.isExcluded('../elsewhere/a.mp4')).toBe(false);
    expect(r.isExcluded('https://x.test/media/raw/a.mp4')).toBe(false);
  });

  it('profile: top level, then the last matching override', () => {
    expect(r.profileFor('media/a.mp4')).toBe('seedance-2.0-reference-to-video');
    expect(r.profileFor('media/fast/a.mp4')).toBe('seedance-2.0-fast-reference-to-video');
    expect(configResolver(null, dir).profileFor('a.mp4')).toBeUndefined();
  });

  it('rules: top level, then overrides in order, later wins', () => {
    expect(r.rulesFor('media/a.mp4')['video.fps']).toBe('warning');
    expect(r.rulesFor('media/fast/a.mp4')['video.fps']).toBe('error');
    expect(r.rulesFor('media/fast/a.mov')['video.fps']).toBe('info');
    expect(r.rulesFor('https://x.test/a.mov')).toEqual({ 'file.extension_mismatch': 'off', 'video.fps': 'warning' });
  });

  it('applyConfig drops "off" and re-grades the rest, per file', () => {
    const out = applyConfig(r, [
      { file: 'media/a.mov', findings: [{ code: 'video.fps', severity: 'error' as const, args: {} }, { code: 'video.duration', severity: 'error' as const, args: {} }, { code: 'image.side', severity: 'error' as const, args: {} }] },
      { file: 'media/b.mp4', findings: [{ code: 'file.extension_mismatch', severity: 'warning' as const, args: {} }] },
    ]);
    expect(out[0].findings.map((f) => [f.code, f.severity])).toEqual([['video.fps', 'info'], ['image.side', 'error']]);
    expect(out[1].findings).toEqual([]);
  });

  it('applyConfigToReport recounts ok and the summary', () => {
    const before = report(
      [asset('media/a.mp4', 'video', [problem('video.fps', 'error'), problem('file.extension_mismatch', 'warning')]),
        asset('media/b.mov', 'video', [problem('video.duration', 'error')])],
      [request('requests/r.json', [problem('video.fps', 'error')])],
    );
    expect(before.summary).toMatchObject({ errors: 3, warnings: 1 });
    const after = applyConfigToReport(before, r);
    expect(after.ok).toBe(true);
    expect(after.summary).toMatchObject({ errors: 0, warnings: 2, infos: 0, assets: 2, requests: 1 });
    expect(after.assets.map((a) => a.ok)).toEqual([true, true]);
    expect(after.assets[1].problems).toEqual([]);
    expect(before.summary.errors).toBe(3); // pure: the input is untouched
  });
});
