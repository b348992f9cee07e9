import { describe, expect, it } from 'vitest';
import { aigptimageRequestSchema, evolinkRequestSchema, evolinkTagsRequestSchema, miniRequestSchema, schemaFor, validateBody } from '../../src/schemas/index.js';
import { aigptimageProfile, defaultProfile, evolinkTagsProfile, fastProfile, miniProfile } from '../../src/profiles/index.js';
import { only } from './helpers.js';
import { AIGPTIMAGE, EVOLINK_API, EVOLINK_MINI, EVOLINK_TAGS } from '../../src/profiles/documents.js';

const evolink = {
  model: 'seedance-2.0-reference-to-video',
  prompt: 'x',
  image_urls: ['https://a/1.png'],
  video_urls: [],
  audio_urls: [],
  duration: 5,
  quality: '720p',
  aspect_ratio: '16:9',
  generate_audio: true,
  callback_url: 'https://example.com/cb',
};

describe('dialect schemas', () => {
  it('accept their seed bodies', () => {
    expect(evolinkRequestSchema.safeParse(evolink).success).toBe(true);
    expect(evolinkTagsRequestSchema.safeParse({ ...evolink, seed: -1, duration: -1 }).success).toBe(true);
    expect(miniRequestSchema.safeParse({ ...evolink, content_filter: false }).success).toBe(true);
    const input = { prompt: 'x', reference_image_urls: [], reference_video_urls: [], reference_audio_urls: [], ratio: '16:9', aspect_ratio: '1:1', resolution: '480p', duration: 5, generate_audio: false, web_search: false, nsfw_checker: true };
    expect(aigptimageRequestSchema.safeParse({ model: 'seedance-2.0-reference-to-video', input }).success).toBe(true);
  });

  it('each profile gets its dialect schema', () => {
    expect(schemaFor(defaultProfile)).toBe(evolinkRequestSchema);
    expect(schemaFor(fastProfile)).toBe(evolinkRequestSchema);
    expect(schemaFor(miniProfile)).toBe(miniRequestSchema);
    expect(schemaFor(evolinkTagsProfile)).toBe(evolinkTagsRequestSchema);
    expect(schemaFor(aigptimageProfile)).toBe(aigptimageRequestSchema);
  });
});

describe('validateBody', () => {
  it('wrong types: one request.schema per issue, with its JSON path', () => {
    const fs = validateBody({ ...evolink, duration: '5', image_urls: 'https://a/1.png', generate_audio: 'yes', video_urls: [null] }, defaultProfile);
    expect(only(fs, 'request.schema').map((f) => [f.args.path, f.args.expected, f.args.received])).toEqual([
      ['$.image_urls', 'array', 'string'],
      ['$.video_urls[0]', 'string', 'null'],
      ['$.duration', 'number', 'string'],
      ['$.generate_audio', 'boolean', 'string'],
    ]);
    expect(fs.every((f) => f.severity === 'error' && f.args.source === EVOLINK_API)).toBe(true);
  });

  it('unknown fields: a warning each, nested paths for aigptimage', () => {
    const fs = validateBody({ model: 'm', input: { prompt: 'x', negative_prompt: 'y', 'weird key': 1 }, callBackUrl: 'z' }, aigptimageProfile);
    expect(fs.map((f) => [f.code, f.severity, f.args.path])).toEqual([
      ['request.unknown_field', 'warning', '$.input.negative_prompt'],
      ['request.unknown_field', 'warning', '$.input["weird key"]'],
      ['request.unknown_field', 'warning', '$.callBackUrl'],
    ]);
  });

  it('content_filter is known to mini only; seed to the tag dialect only', () => {
    expect(only(validateBody({ ...evolink, content_filter: false }, defaultProfile), 'request.unknown_field').map((f) => f.args.field)).toEqual(['content_filter']);
    expect(validateBody({ ...evolink, content_filter: false }, miniProfile)).toEqual([]);
    expect(validateBody({ ...evolink, content_filter: 'off' }, miniProfile)[0].args).toMatchObject({ path: '$.content_filter', expected: 'boolean', source: EVOLINK_MINI });
    expect(validateBody({ ...evolink, seed: 1 }, evolinkTagsProfile)).toEqual([]);
    expect(validateBody({ ...evolink, seed: '1' }, evolinkTagsProfile)[0].args).toMatchObject({ path: '$.seed', source: EVOLINK_TAGS });
  });

  it('a flood of bad items is capped, with one finding counting the rest', () => {
    const fs = validateBody({ ...evolink, image_urls: Array(100_000).fill(0), ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`x${i}`, 1])) }, defaultProfile);
    const schema = only(fs, 'request.schema');
    expect(schema).toHaveLength(51);
    expect(schema[50].args).toMatchObject({ path: '$', issue: 'truncated', more: 99_950, actual: 100_000 });
    expect(only(fs, 'request.unknown_field').at(-1)?.args).toMatchObject({ issue: 'truncated', more: 10 });
  });

  it('aigptimage needs the input object', () => {
    expect(validateBody({ model: 'seedance-2.0-reference-to-video' }, aigptimageProfile)[0].args).toMatchObject({ path: '$.input', received: 'missing', expected: 'object', source: AIGPTIMAGE });
  });

  it('NaN and Infinity are not numbers a JSON body can carry', () => {
    expect(validateBody({ ...evolink, duration: Number.NaN }, defaultProfile)[0].args).toMatchObject({ path: '$.duration', received: 'NaN' });
  });
});
