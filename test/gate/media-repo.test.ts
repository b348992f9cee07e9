import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';

/** fixtures/media-repo is gated as a CI job would: from its own folder, finding its config upward. */
const REPO = resolve('fixtures/media-repo');
const lintRepo = (...argv: string[]) => runBin(['lint', '.', ...argv], { cwd: REPO, env: { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' } });
const FAILING = ['characters/wide shot, 100%.jpg', 'motion/slow-pan.mp4'];

describe('the sample media repository gates correctly with each format', () => {
  it('json: the config ignores drafts/ and silences legacy/; two files fail; exit 1', async () => {
    const r = await lintRepo('--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const sources = report.assets.map((a: { source: string }) => a.source).sort();
    expect(sources).not.toContain('drafts/sketch.png');
    const failing = report.assets.filter((a: { ok: boolean }) => !a.ok).map((a: { source: string }) => a.source).sort();
    expect(failing).toEqual(FAILING);
    const legacy = report.assets.find((a: { source: string }) => a.source === 'legacy/old-poster.jpg');
    expect(legacy.problems).toEqual([]);
    expect(report.requests.map((q: { source: string; ok: boolean }) => [q.source, q.ok])).toEqual([['scene-1.json', true]]);
  });

  it('sarif: valid SARIF 2.1.0 with repo-relative, URI-encoded locations', async () => {
    const r = await lintRepo('--format', 'sarif');
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const uris = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(['characters/wide%20shot%2C%20100%25.jpg', 'motion/slow-pan.mp4']);
  });

  it('junit: well-formed XML with a failure per failing file', async () => {
    const r = await lintRepo('--format', 'junit');
    expect(r.code).toBe(1);
    const failures: string[] = [];
    let testcase = '';
    const p = new SaxesParser();
    p.on('opentag', (t) => {
      if (t.name === 'testcase') testcase = String(t.attributes.name);
      if (t.name === 'failure') failures.push(testcase);
    });
    p.write(r.stdout).close();
    expect(failures.sort()).toEqual(FAILING);
  });

  it('github: one escaped annotation per problem', async () => {
    const r = await lintRepo('--format', 'github');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').filter((l) => l.startsWith('::'));
    expect(lines.map((l) => l.replace(/::[^:]*$/, '').replace(/::.*$/, '')).length).toBe(2);
    expect(lines).toContain(lines.find((l) => l.startsWith('::error file=characters/wide shot%2C 100%25.jpg,title=image.aspect_ratio::')));
    expect(lines.some((l) => l.startsWith('::error file=motion/slow-pan.mp4,title=video.fps::'))).toBe(true);
  });

  it('--output-file writes the format while the terminal gets the pretty summary', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sp-out-')), 'report.sarif');
    const r = await lintRepo('--format', 'sarif', '--output-file', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/7 files and 1 request checked: 2 errors/);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  it('a warm cache re-probes nothing', async () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'sp-cache-')), 'cache.json');
    const cold = await lintRepo('--format', 'json', '--cache', '--cache-location', cache, '--debug');
    expect(cold.stderr).toMatch(/0 hits, \d+ probed/);
    const warm = await lintRepo('--format', 'json', '--cache', '--cache-location', cache, '--debug');
    expect(warm.stderr).toMatch(/\d+ hits, 0 probed/);
    // the same report, to the byte (facts keys in the same order as a probe gives them)
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('shards cover every file exactly once, and merge-reports puts them back together', async () => {
    type R = { assets: { source: string }[]; requests: { source: string; assets: { source: string }[] }[] };
    const full = JSON.parse((await lintRepo('--format', 'json')).stdout) as R;
    const dir = mkdtempSync(join(tmpdir(), 'sp-shards-'));
    const parts: R[] = [];
    for (const i of [1, 2, 3]) {
      const file = join(dir, `shard-${i}.json`);
      await lintRepo('--format', 'json', '--shard', `${i}/3`, '--output-file', file);
      parts.push(JSON.parse(readFileSync(file, 'utf8')));
    }
    // Files walked (not pulled in by a manifest that sits in the same shard) land in exactly one shard.
    const walked = (r: R) => {
      const viaManifest = new Set(r.requests.flatMap((q) => q.assets.map((a) => a.source)));
      return [...r.assets.map((a) => a.source).filter((s) => !viaManifest.has(s)), ...r.requests.map((q) => q.source)];
    };
    const shardFiles = parts.flatMap(walked).sort();
    expect(new Set(shardFiles).size).toBe(shardFiles.length);
    const everything = new Set([...full.assets.map((a) => a.source), ...full.requests.map((q) => q.source)]);
    for (const f of shardFiles) expect(everything.has(f)).toBe(true);
    const merged = await runBin(['merge-reports', ...[1, 2, 3].map((i) => join(dir, `shard-${i}.json`)), '--format', 'json'], { cwd: REPO });
    expect(merged.code).toBe(1);
    const m = JSON.parse(merged.stdout) as R;
    expect(m.assets.map((a) => a.source).sort()).toEqual(full.assets.map((a) => a.source).sort());
  });
});
