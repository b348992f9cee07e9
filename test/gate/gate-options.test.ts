import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import {
  cachedProbe, changedFiles, emitReport, fileFilter, mergeReportsCommand, resolveGate, toolVersion,
} from '../../src/cli/gate-options.js';
import type { Io } from '../../src/cli/io.js';
import { lint } from '../../src/lint.js';
import { probe as realProbe } from '../../src/probes/index.js';
import { shard } from '../../src/shard.js';
import type { Facts } from '../../src/types.js';
import { asset, nastyReport, problem, report } from './reports.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sp-gate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sample = new URL('../../fixtures/sample/', import.meta.url).pathname;

function memIo() {
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, outText: '', errText: '', out: (s: string) => void (io.outText += s), err: (s: string) => void (io.errText += s) };
  return io as Io & { outText: string; errText: string };
}

function dir(name: string): string {
  const d = path.join(tmp, name);
  mkdirSync(d, { recursive: true });
  return d;
}

describe('resolveGate', () => {
  it('defaults: pretty, no cache, no shard, warnings never fail', () => {
    const g = resolveGate({}, dir('empty'));
    expect(g).toMatchObject({ format: 'pretty', cache: undefined, shard: undefined, maxWarnings: -1, toolVersion: toolVersion() });
  });

  it('config file: maxWarnings and profile come from it; --max-warnings wins', () => {
    const d = dir('withconfig');
    writeFileSync(path.join(d, 'seedance-preflight.config.json'), JSON.stringify({ maxWarnings: 2, profile: 'seedance-2.0-fast-reference-to-video' }));
    expect(resolveGate({}, d).maxWarnings).toBe(2);
    expect(resolveGate({ 'max-warnings': 0 }, d).maxWarnings).toBe(0);
    expect(resolveGate({}, d).config?.config.profile).toBe('seedance-2.0-fast-reference-to-video');
  });

  it('a bad config, a bad --config path and a bad --shard are usage errors that say what is wrong', () => {
    const d = dir('badconfig');
    writeFileSync(path.join(d, 'seedance-preflight.config.json'), JSON.stringify({ profils: ['x'] }));
    expect(() => resolveGate({}, d)).toThrow(UsageError);
    expect(() => resolveGate({}, d)).toThrow(/unknown key "profils"/);
    expect(() => resolveGate({ config: 'missing.json' }, dir('empty'))).toThrow(/no such file/);
    expect(() => resolveGate({ shard: '5/4' }, dir('empty'))).toThrow(/from 1 to 4/);
  });

  it('--cache uses .seedance-preflight-cache in the working folder by default; --cache-location implies --cache', () => {
    const d = dir('cachedefault');
    expect(resolveGate({ cache: true }, d).cache).toEqual({ location: path.join(d, '.seedance-preflight-cache'), strategy: 'metadata' });
    expect(resolveGate({ 'cache-location': 'c.json', 'cache-strategy': 'content' }, d).cache).toEqual({ location: 'c.json', strategy: 'content' });
  });
});

describe('fileFilter', () => {
  it('drops ignored files and keeps only this shard', () => {
    const d = dir('filter');
    writeFileSync(path.join(d, 'seedance-preflight.config.json'), JSON.stringify({ ignore: ['raw/'] }));
    const files = ['a.mp4', 'b.mp4', 'raw/c.mp4', 'd e.png', 'f.mp3', 'g.wav'];
    const parts = [1, 2].map((i) => files.filter(fileFilter(resolveGate({ shard: `${i}/2` }, d), d)));
    expect(parts.flat().sort()).toEqual(files.filter((f) => !f.startsWith('raw/')).sort());
    expect(parts[0]).toEqual(shard(files, 1, 2, d).filter((f) => !f.startsWith('raw/')));
  });
});

describe('cachedProbe over a real lint of the sample folder', () => {
  it('a warm run probes nothing and reports the same; a touched file is probed again', async () => {
    const d = dir('lintcache');
    cpSync(sample, path.join(d, 'media'), { recursive: true });
    const gate = resolveGate({ cache: true }, d);
    let calls = 0;
    const counting = (f: string) => (calls++, realProbe(f));
    const run = async () => {
      const c = await cachedProbe(gate, d, counting);
      const rep = await lint([path.join(d, 'media')], { probe: c.probe, concurrency: 2 });
      expect(await c.save()).toBeNull();
      return { rep, c };
    };
    const cold = await run();
    const coldCalls = calls;
    expect(coldCalls).toBeGreaterThan(5);
    expect(cold.c.cache.state).toBe('new');
    calls = 0;
    const warm = await run();
    expect(calls).toBe(0);
    expect(warm.c.cache.stats.misses).toBe(0);
    expect(warm.rep).toEqual(cold.rep);
    utimesSync(path.join(d, 'media/good.png'), new Date(), new Date(Date.now() + 10_000));
    calls = 0;
    await run();
    expect(calls).toBe(1);
  });

  it('transient read failures are not cached', async () => {
    const d = dir('transient');
    writeFileSync(path.join(d, 'a.mp4'), 'x');
    const gate = resolveGate({ cache: true }, d);
    let calls = 0;
    const flaky = async (f: string): Promise<Facts> => {
      calls++;
      return { ...(await realProbe(f)), failure: { reason: 'timeout', detail: 'slow disk' } };
    };
    for (let i = 0; i < 2; i++) {
      const c = await cachedProbe(gate, d, flaky);
      await c.probe(path.join(d, 'a.mp4'));
      await c.save();
    }
    expect(calls).toBe(2);
  });
});

describe('emitReport', () => {
  const rep = report([asset('media/a.mp4', 'video', [problem('video.fps', 'warning'), problem('video.duration', 'warning')])]);

  it('--output-file writes the format there and the terminal gets one summary line', async () => {
    const d = dir('emit');
    const io = memIo();
    const gate = { ...resolveGate({ format: 'sarif', 'output-file': 'out/report.sarif' }, d) };
    expect(await emitReport(rep, gate, io, { cwd: d, env: {} })).toBe(0);
    expect(JSON.parse(readFileSync(path.join(d, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(io.outText.trim().split('\n')).toEqual([expect.stringMatching(/checked.*; report in out\/report\.sarif$/)]);
    expect(io.outText).not.toContain('"version"');
  });

  it('github format appends the job summary when GITHUB_STEP_SUMMARY is set; max-warnings gates', async () => {
    const d = dir('emitgh');
    const summary = path.join(d, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const io = memIo();
    const gate = resolveGate({ format: 'github', 'max-warnings': 1 }, d);
    expect(await emitReport(rep, gate, io, { cwd: d, env: { GITHUB_STEP_SUMMARY: summary } })).toBe(1);
    expect(io.outText.split('\n').filter(Boolean).every((l) => l.startsWith('::warning file=media/a.mp4,title=video.'))).toBe(true);
    expect(readFileSync(summary, 'utf8')).toMatch(/^# earlier step\n## ✅ Seedance preflight passed/);
    expect(io.errText).toContain('2 warnings');
  });

  it('in GitHub Actions, paths are relative to the workspace even from a sub-folder', async () => {
    const ws = dir('ws');
    const sub = dir('ws/site');
    const io = memIo();
    const r = report([asset(path.join(sub, 'media/a b.mp4'), 'video', [problem('video.fps', 'error')])]);
    await emitReport(r, resolveGate({ format: 'github' }, sub), io, { cwd: sub, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws } });
    expect(io.outText).toMatch(/^::error file=site\/media\/a b\.mp4,title=video\.fps::/);
    const outside = memIo();
    await emitReport(r, resolveGate({ format: 'github' }, sub), outside, { cwd: sub, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir('elsewhere') } });
    expect(outside.outText).toMatch(/^::error file=media\/a b\.mp4,/);
  });

  it('config rules re-grade before output', async () => {
    const d = dir('emitcfg');
    writeFileSync(path.join(d, 'seedance-preflight.config.json'), JSON.stringify({ rules: { 'video.fps': 'error' } }));
    const io = memIo();
    expect(await emitReport(rep, resolveGate({ format: 'json' }, d), io, { cwd: d, env: {} })).toBe(1);
    expect(JSON.parse(io.outText).summary).toMatchObject({ errors: 1, warnings: 1 });
  });
});

describe('merge-reports command', () => {
  it('merges shard JSON reports and prints any format; exit 1 when the merge has errors', async () => {
    const d = dir('merge');
    const full = nastyReport(d);
    const sources = full.assets.map((a) => a.source);
    const parts = [1, 2].map((i) => {
      const keep = new Set(shard(sources, i, 2, d));
      return { ...full, assets: full.assets.filter((a) => keep.has(a.source)), requests: i === 1 ? full.requests : [] };
    });
    parts.forEach((p, i) => writeFileSync(path.join(d, `shard-${i + 1}.json`), JSON.stringify(p)));
    const io = memIo();
    expect(await mergeReportsCommand(['shard-1.json', 'shard-2.json'], io, d)).toBe(1);
    expect(JSON.parse(io.outText).summary).toEqual(full.summary);
    const junit = memIo();
    await mergeReportsCommand(['shard-1.json', 'shard-2.json', '--format', 'junit', '--output-file', 'merged.xml'], junit, d);
    expect(readFileSync(path.join(d, 'merged.xml'), 'utf8')).toContain(`<testsuite name="seedance-preflight" tests="${full.assets.length + full.requests.length}"`);
    await expect(mergeReportsCommand(['nope.json'], memIo(), d)).rejects.toThrow(/cannot read nope\.json/);
    writeFileSync(path.join(d, 'bad.json'), '{"ok":true}');
    await expect(mergeReportsCommand(['bad.json'], memIo(), d)).rejects.toThrow(UsageError);
  });
});

describe('changedFiles', () => {
  it('lists files changed since the merge base with a ref, uncommitted and untracked ones, as absolute paths', async () => {
    const d = dir('git');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: d, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(d, 'old.png'), 'a');
    writeFileSync(path.join(d, 'gone.png'), 'a');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    mkdirSync(path.join(d, 'media dir'));
    writeFileSync(path.join(d, 'media dir', 'new clip.mp4'), 'b');
    git('add', '.');
    git('commit', '-qm', 'add');
    writeFileSync(path.join(d, 'old.png'), 'changed');
    rmSync(path.join(d, 'gone.png'));
    writeFileSync(path.join(d, 'untracked.wav'), 'c');
    const changed = await changedFiles('main', d);
    expect([...changed].sort()).toEqual([path.join(d, 'media dir/new clip.mp4'), path.join(d, 'old.png'), path.join(d, 'untracked.wav')].sort());
    await expect(changedFiles('no-such-ref', d)).rejects.toThrow(UsageError);
  });
});
