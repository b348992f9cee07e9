import { describe, expect, it } from 'vitest';
import { mergeReports, parseReport } from '../../src/merge-reports.js';
import { shard } from '../../src/shard.js';
import { asset, problem, report, request } from './reports.js';

const files = Array.from({ length: 40 }, (_, i) => `media/f${i}.mp4`);
/** A report as a full run would make: every third file has an error, every fifth a warning. */
function assetsFor(list: string[]) {
  return list.map((f) => {
    const i = Number(/f(\d+)/.exec(f)![1]);
    return asset(f, 'video', [...(i % 3 === 0 ? [problem('video.fps', 'error')] : []), ...(i % 5 === 0 ? [problem('video.variable_frame_rate', 'warning')] : [])]);
  });
}

describe('merge-reports', () => {
  it('merging the shard reports gives the unsharded report', () => {
    const full = report(assetsFor(files), [request('req.json', [problem('request.prompt_missing', 'error')])]);
    const parts = [1, 2, 3].map((i) => report(assetsFor(shard(files, i, 3, '/r'))));
    parts[2] = report(parts[2].assets, full.requests);
    const merged = mergeReports(parts.map((p) => parseReport(JSON.stringify(p), `shard.json`)));
    expect(merged.summary).toEqual(full.summary);
    expect(merged.ok).toBe(false);
    expect(merged.assets.map((a) => a.source).sort()).toEqual([...files].sort());
    expect(merged.profile).toBe(full.profile);
    // the input order does not matter
    expect(mergeReports([...parts].reverse())).toEqual(merged);
  });

  it('de-duplicates assets by source, uniting their problems, and recounts ok', () => {
    const a = report([asset('x.png', 'image', [problem('image.side', 'warning', 'w')]), asset('y.png', 'image', [])]);
    const b = report([asset('x.png', 'image', [problem('image.side', 'warning', 'w'), problem('image.bytes', 'error', 'e')])]);
    const m = mergeReports([a, b]);
    expect(m.assets).toHaveLength(2);
    expect(m.assets[0].problems.map((p) => p.code)).toEqual(['image.side', 'image.bytes']);
    expect(m.assets[0].ok).toBe(false);
    expect(m.summary).toMatchObject({ errors: 1, warnings: 1, assets: 2, requests: 0 });
    expect(m.ok).toBe(false);
    expect(mergeReports([a]).ok).toBe(true);
  });

  it('all-clean shards merge to ok; different profiles are named', () => {
    const a = report([asset('a.png', 'image', [])]);
    const b = { ...report([asset('b.png', 'image', [])]), profile: 'seedance-2.0-fast-reference-to-video' };
    const m = mergeReports([a, b]);
    expect(m.ok).toBe(true);
    expect(m.profile).toBe('seedance-2.0-reference-to-video,seedance-2.0-fast-reference-to-video');
  });

  it('rejects what is not a JSON report, naming the file', () => {
    expect(() => parseReport('{', 'shard-1.json')).toThrow(/shard-1\.json: not JSON/);
    expect(() => parseReport('{"ok":true}', 'shard-2.json')).toThrow(/shard-2\.json: not a seedance-preflight JSON report/);
    expect(() => parseReport('{"profile":"p","assets":[{}],"requests":[]}', 's3')).toThrow(/s3/);
  });
});
