import { describe, expect, it } from 'vitest';
import { normalizeRequest } from '../../src/manifest/index.js';
import { base, check, only } from './helpers.js';
import { AIGPTIMAGE, EVOLINK_API, EVOLINK_GUIDE, EVOLINK_TAGS } from '../../src/profiles/documents.js';

describe('request.body_bytes (64 MB, 002)', () => {
  const sized = (bytes: number) => {
    const shell = { ...base, image_urls: ['https://cdn.example.com/'] };
    const pad = bytes - Buffer.byteLength(JSON.stringify(shell));
    return { ...shell, image_urls: [`https://cdn.example.com/${'a'.repeat(pad)}`] };
  };
  it('64,000,000 bytes is fine, 64,000,001 is an error', () => {
    const ok = sized(64_000_000);
    expect(normalizeRequest(ok, 'x').bodyBytes).toBe(64_000_000);
    expect(only(check(ok), 'request.body_bytes')).toEqual([]);
    const [f] = only(check(sized(64_000_001)), 'request.body_bytes');
    expect(f).toMatchObject({ severity: 'error', args: { actual: 64_000_001, limit: 64_000_000, source: EVOLINK_API } });
  });
  it('bodyBytes is UTF-8 bytes of compact JSON, not characters', () => {
    const r = normalizeRequest({ ...base, prompt: '猫' }, 'x');
    expect(r.bodyBytes).toBe(Buffer.byteLength(JSON.stringify({ ...base, prompt: '猫' }), 'utf8'));
    expect(r.bodyBytes).toBe(JSON.stringify({ ...base, prompt: '猫' }).length + 2);
  });
});

describe('request.inline_data', () => {
  const b64 = (n: number) => 'QUJD'.repeat(Math.ceil(n / 4)).slice(0, n);
  it('data: URIs and long base64 strings are errors; short names and URLs are not', () => {
    const fs = check({
      ...base,
      image_urls: ['data:image/png;base64,iVBORw0KGgo=', b64(256), b64(255), 'https://cdn.example.com/a.png', 'photos/cat.png'],
    });
    const inline = only(fs, 'request.inline_data');
    expect(inline.map((f) => [f.args.index, f.args.form])).toEqual([
      [0, 'data_uri'],
      [1, 'base64'],
    ]);
    expect(inline[0].args).toMatchObject({ kind: 'image', path: '$.image_urls[0]', source: EVOLINK_API });
  });
  it('inline data is not also reported as a missing file', () => {
    expect(only(check({ ...base, video_urls: ['DATA:video/mp4;base64,AAAA'] }), 'request.asset_missing')).toEqual([]);
  });
});

describe('request.prompt_missing', () => {
  it('missing or blank prompt is an error where required (evolink)', () => {
    const { prompt: _p, ...noPrompt } = base;
    expect(only(check(noPrompt), 'request.prompt_missing')[0]).toMatchObject({ severity: 'error', args: { empty: false, source: EVOLINK_API } });
    expect(only(check({ ...base, prompt: ' \n\t ' }), 'request.prompt_missing')[0].args).toMatchObject({ empty: true });
  });
  it('aigptimage does not require a prompt (004)', () => {
    expect(only(check({ model: base.model, input: {} }), 'request.prompt_missing')).toEqual([]);
  });
});

describe('request.prompt_length', () => {
  const len = (body: object) => only(check(body), 'request.prompt_length');

  it('tag dialect: 5000 characters fine, 5001 an error (001)', () => {
    expect(len({ ...base, seed: 1, prompt: 'a'.repeat(5000) })).toEqual([]);
    const [f] = len({ ...base, seed: 1, prompt: 'a'.repeat(5001) });
    expect(f).toMatchObject({ severity: 'error', args: { measure: 'chars', actual: 5001, limit: 5000, source: EVOLINK_TAGS } });
  });
  it('characters are code points: 5000 emoji (10000 UTF-16 units) are 5000 characters', () => {
    expect(len({ ...base, seed: 1, prompt: '🎬'.repeat(5000) })).toEqual([]);
  });
  it('aigptimage: 20000 fine, 20001 an error (004)', () => {
    expect(len({ model: base.model, input: { prompt: 'a'.repeat(20000) } })).toEqual([]);
    const [f] = len({ model: base.model, input: { prompt: 'a'.repeat(20001) } });
    expect(f.args).toMatchObject({ measure: 'chars', actual: 20001, limit: 20000, source: AIGPTIMAGE });
  });
  it('default: 500 Chinese characters fine, 501 a warning (000)', () => {
    expect(len({ ...base, prompt: '猫'.repeat(500) })).toEqual([]);
    const [f] = len({ ...base, prompt: '猫'.repeat(501) + '。' });
    expect(f).toMatchObject({ severity: 'warning', args: { measure: 'cjk_chars', actual: 501, limit: 500, source: EVOLINK_GUIDE } });
  });
  it('default: 1000 English words fine, 1001 a warning (000)', () => {
    expect(len({ ...base, prompt: 'word '.repeat(1000) })).toEqual([]);
    const fs = len({ ...base, prompt: "first-person video's ".repeat(500) + 'end' });
    expect(fs.find((f) => f.args.measure === 'words')).toMatchObject({ severity: 'warning', args: { measure: 'words', actual: 1001, limit: 1000 } });
    // Over 5000 characters: a warning citing the older @Image1 page, the one document that states 5000.
    expect(fs.find((f) => f.args.measure === 'chars')).toMatchObject({ severity: 'warning', args: { actual: 10503, limit: 5000, source: { url: 'https://docs.evolink.ai' } } });
  });
  it('mixed prompts share one budget: 250 Chinese + 500 words fine, one more word over', () => {
    expect(len({ ...base, prompt: '猫'.repeat(250) + ' word'.repeat(500) })).toEqual([]);
    const [f] = len({ ...base, prompt: '猫'.repeat(250) + ' word'.repeat(501) });
    expect(f.args).toMatchObject({ measure: 'mixed', cjkChars: 250, words: 501, limit: 1 });
  });
  it('the tag dialect has no word recommendation, only its 5000-character cap', () => {
    expect(len({ ...base, seed: 1, prompt: 'w '.repeat(1001) })).toEqual([]);
  });
});

describe('a clean text-only request', () => {
  it('an empty image list yields only the text-to-video info', () => {
    expect(check({ ...base, image_urls: [] }).map((f) => f.code)).toEqual(['request.no_assets']);
  });
});
