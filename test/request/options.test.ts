import { describe, expect, it } from 'vitest';
import { base, check, only } from './helpers.js';
import { AIGPTIMAGE, EVOLINK_API, EVOLINK_GUIDE, EVOLINK_MINI, EVOLINK_TAGS } from '../../src/profiles/documents.js';

const tags = { ...base, seed: 1 };
const aig = (input: object) => ({ model: base.model, input: { prompt: 'x', ...input } });

describe('request.duration', () => {
  it.each([4, 5, 15])('%s is fine (default)', (d) => {
    expect(only(check({ ...base, duration: d }), 'request.duration')).toEqual([]);
  });
  it.each([
    [3, 'range'],
    [16, 'range'],
    [4.5, 'not_integer'],
    [0, 'range'],
    [-1, 'auto_not_allowed'],
  ])('%s is an error (%s)', (d, reason) => {
    const [f] = only(check({ ...base, duration: d }, {}, { profile: 'seedance-2.0-reference-to-video' }), 'request.duration');
    expect(f).toMatchObject({ severity: 'error', args: { reason, actual: d, limit: { min: 4, max: 15, integer: true, auto: null }, source: EVOLINK_API } });
  });
  it('-1 is accepted in the tag dialect only (001)', () => {
    expect(only(check({ ...tags, duration: -1 }), 'request.duration')).toEqual([]);
    expect(only(check({ ...base, duration: -1 }), 'request.duration')).toEqual([]); // -1 selects the tag dialect
    expect(only(check(aig({ duration: -1 })), 'request.duration')[0].args).toMatchObject({ reason: 'auto_not_allowed' });
    expect(only(check({ ...tags, duration: -2 }), 'request.duration')[0].args).toMatchObject({ reason: 'range', source: EVOLINK_TAGS });
  });
  it('a string duration is a schema error, not a duration finding', () => {
    const fs = check({ ...base, duration: '5' });
    expect(only(fs, 'request.duration')).toEqual([]);
    expect(only(fs, 'request.schema')[0].args).toMatchObject({ path: '$.duration', expected: 'number', received: 'string' });
  });
});

describe('request.quality', () => {
  it('1080p: default yes, fast and mini no (mini notes "coming soon"), tags no', () => {
    expect(only(check({ ...base, quality: '1080p' }), 'request.quality')).toEqual([]);
    expect(only(check({ ...base, model: 'seedance-2.0-fast-reference-to-video', quality: '1080p' }), 'request.quality')[0].args).toMatchObject({ actual: '1080p', limit: ['480p', '720p'], source: EVOLINK_TAGS });
    expect(only(check({ ...base, model: 'seedance-2.0-mini-reference-to-video', quality: '1080p' }), 'request.quality')[0].args).toMatchObject({ source: EVOLINK_MINI, ruling: 'the mini page lists 1080p as "coming soon"' });
    expect(only(check({ ...tags, quality: '1080p' }), 'request.quality')[0].args).toMatchObject({ source: EVOLINK_TAGS });
  });
  it('aigptimage checks `resolution` (004) and names it', () => {
    expect(only(check(aig({ resolution: '1080p' })), 'request.quality')).toEqual([]);
    expect(only(check(aig({ resolution: '720P' })), 'request.quality')[0].args).toMatchObject({ field: 'resolution', actual: '720P', source: AIGPTIMAGE });
  });
});

describe('request.aspect_ratio', () => {
  it('listed values pass, others fail', () => {
    expect(only(check({ ...base, aspect_ratio: '21:9' }), 'request.aspect_ratio')).toEqual([]);
    expect(only(check({ ...base, aspect_ratio: '2:1' }), 'request.aspect_ratio')[0]).toMatchObject({ severity: 'error', args: { field: 'aspect_ratio', actual: '2:1', source: EVOLINK_API } });
  });
  it('aigptimage: ratio wins over aspect_ratio (004)', () => {
    expect(only(check(aig({ ratio: '16:9', aspect_ratio: '2:1' })), 'request.aspect_ratio')).toEqual([]);
    const ignored = only(check(aig({ ratio: '16:9', aspect_ratio: '2:1' })), 'request.field_ignored');
    expect(ignored).toEqual([{ code: 'request.field_ignored', severity: 'info', args: { field: 'aspect_ratio', actual: '2:1', winner: 'ratio', winnerValue: '16:9', source: AIGPTIMAGE } }]);
    expect(only(check(aig({ ratio: '5:4', aspect_ratio: '16:9' })), 'request.aspect_ratio')[0].args).toMatchObject({ field: 'ratio', actual: '5:4' });
    expect(only(check(aig({ aspect_ratio: '5:4' })), 'request.aspect_ratio')[0].args).toMatchObject({ field: 'aspect_ratio' });
    expect(only(check(aig({ ratio: '1:1', aspect_ratio: '1:1' })), 'request.field_ignored')).toEqual([]);
  });
});

describe('request.seed (001)', () => {
  it.each([-1, 0, 42, 2 ** 32 - 1])('%s is fine', (s) => {
    expect(only(check({ ...base, seed: s }), 'request.seed')).toEqual([]);
  });
  it.each([
    [-2, 'range'],
    [2 ** 32, 'range'],
    [1.5, 'not_integer'],
  ])('%s is a warning (%s): no document states a range', (s, reason) => {
    expect(only(check({ ...base, seed: s }), 'request.seed')[0]).toMatchObject({ severity: 'warning', args: { reason, actual: s, source: EVOLINK_TAGS } });
  });
  it('seed in a dialect without it is an unknown field', () => {
    const fs = check({ ...base, seed: 3 }, {}, { profile: 'seedance-2.0-reference-to-video' });
    expect(only(fs, 'request.seed')).toEqual([]);
    expect(only(fs, 'request.unknown_field')[0]).toMatchObject({ severity: 'warning', args: { path: '$.seed', field: 'seed' } });
  });
});

describe('model', () => {
  it('mini is announced but not available: a warning (003)', () => {
    const [f] = only(check({ ...base, model: 'seedance-2.0-mini-reference-to-video' }), 'request.model_unavailable');
    expect(f).toMatchObject({ severity: 'warning', args: { actual: 'seedance-2.0-mini-reference-to-video', source: EVOLINK_MINI } });
  });
  it('a model the dialect does not serve is an error', () => {
    const [f] = only(check({ model: 'seedance-2.0-fast-reference-to-video', input: { prompt: 'x' } }), 'request.model_unknown');
    expect(f).toMatchObject({ severity: 'error', args: { actual: 'seedance-2.0-fast-reference-to-video', limit: ['seedance-2.0-reference-to-video'], profile: 'aigptimage', source: AIGPTIMAGE } });
    const [g] = only(check({ ...base, model: 'seedance-2.0-text-to-video' }), 'request.model_unknown');
    expect(g.args).toMatchObject({ profile: 'seedance-2.0-reference-to-video', otherProfile: null, source: EVOLINK_API });
  });
  it('an explicit profile with another profile\'s model points there', () => {
    const [f] = only(check({ ...base, model: 'seedance-2.0-fast-reference-to-video' }, {}, { profile: 'seedance-2.0-reference-to-video' }), 'request.model_unknown');
    expect(f.args).toMatchObject({ otherProfile: 'seedance-2.0-fast-reference-to-video' });
  });
  it('both standard and fast are served by the tag dialect', () => {
    expect(only(check({ ...tags, model: 'seedance-2.0-fast-reference-to-video' }), 'request.model_unknown')).toEqual([]);
  });
  it('a missing model is a schema error, not model_unknown', () => {
    const fs = check({ prompt: 'x' });
    expect(only(fs, 'request.model_unknown')).toEqual([]);
    expect(only(fs, 'request.schema')[0].args).toMatchObject({ path: '$.model', received: 'missing' });
  });
});
