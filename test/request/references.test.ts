import { describe, expect, it } from 'vitest';
import { parsePromptReferences } from '../../src/rules/request/index.js';
import { base, check, only, urls } from './helpers.js';
import { EVOLINK_GUIDE, EVOLINK_TAGS } from '../../src/profiles/documents.js';

const hard = (p: string) =>
  parsePromptReferences(p)
    .refs.filter((r) => r.strength === 'hard')
    .map((r) => `${r.kind}${r.number}`);
const soft = (p: string) =>
  parsePromptReferences(p)
    .refs.filter((r) => r.strength === 'soft')
    .map((r) => `${r.kind}${r.number}`);

describe('parsePromptReferences', () => {
  it.each([
    ['Use image 1 as the first frame', ['image1']],
    ['Image 2 sets the palette; VIDEO 1 drives the camera', ['image2', 'video1']],
    ['image 10 and not image 1', ['image10', 'image1']],
    ['use image10', ['image10']],
    ["Replicate video 1's orbital camera", ['video1']],
    ['audio 3 as background music', ['audio3']],
    ['@Image1 wears the coat from @image2, moves like @Video1, @audio2 plays', ['image1', 'image2', 'video1', 'audio2']],
    ['参考图片1的风格，视频1的运镜，音频1作为背景音乐', ['image1', 'video1', 'audio1']],
    ['人物与图1一致，构图参考图2', ['image1', 'image2']],
    ['@图片1 和 @视频2', ['image1', 'video2']],
    ['images 1 and 2 are the same person', ['image1', 'image2']],
    ['videos 1-3 in order', ['video1', 'video2', 'video3']],
    ['图片1、2和3', ['image1', 'image2', 'image3']],
    ['photo 2 and picture #3', ['image2', 'image3']],
    ['ｉｍａｇｅ　２ in full width', ['image2']],
  ])('%s', (prompt, expected) => {
    expect(hard(prompt)).toEqual(expected);
  });

  it.each([
    '4 images of a cat',
    'combine the 3 provided images',
    'a video 5 seconds long',
    'output video 1080p',
    'a video 2x faster',
    'image 1.5 times larger',
    '视频15秒，3张图片',
    '视频1080p',
    'the video feels like a dream',
    'my_image2 is not a word boundary',
    'an image 2nd to none',
  ])('no hard reference in %j', (prompt) => {
    expect(hard(prompt)).toEqual([]);
  });

  it('a unit drops only the last list item: "video 1 and 5 seconds" is video 1', () => {
    expect(hard('video 1 and 5 seconds of audio 1')).toEqual(['video1', 'audio1']);
  });

  it('ordinals and Chinese numerals are soft references', () => {
    expect(soft('the second video and the first image')).toEqual(['video2', 'image1']);
    expect(soft('第2张图片，图片三')).toEqual(['image2', 'image3']);
    expect(hard('the second video, 第二个视频, 像视频一样')).toEqual([]);
  });

  it('collective mentions per kind', () => {
    expect([...parsePromptReferences('use all three images and both videos').collective].sort()).toEqual(['image', 'video']);
    expect([...parsePromptReferences('这些图片的风格').collective]).toEqual(['image']);
    expect([...parsePromptReferences('images 1 and 2').collective]).toEqual([]);
    expect([...parsePromptReferences('第二张图片').collective]).toEqual([]);
  });

  it('stays linear on adversarial runs (long blanks, digits, separators)', () => {
    const n = 200_000;
    const t = performance.now();
    for (const s of [' '.repeat(n) + '图', '第' + ' '.repeat(n), '1'.repeat(n) + '图', 'image 1' + ' , 1'.repeat(n / 4) + 'x', 'all' + ' '.repeat(n)]) parsePromptReferences(s);
    expect(performance.now() - t).toBeLessThan(3000);
  });

  it('null, empty and huge prompts', () => {
    expect(parsePromptReferences(null).refs).toEqual([]);
    expect(parsePromptReferences('').refs).toEqual([]);
    const big = 'image 1 @Image1 '.repeat(200_000);
    const t = Date.now();
    expect(parsePromptReferences(big).refs.map((r) => r.written)).toEqual(['image 1', '@Image1']);
    expect(Date.now() - t).toBeLessThan(3000);
  });
});

describe('request.prompt_reference_missing', () => {
  it('a reference past the end of its list is an error, once per asset', () => {
    const fs = only(check({ ...base, prompt: 'image 1 meets image 3; image 3 again; @Video1', image_urls: urls('image', 2) }), 'request.prompt_reference_missing');
    expect(fs.map((f) => f.args)).toEqual([
      expect.objectContaining({ kind: 'image', number: 3, actual: 3, limit: 2, form: 'natural', source: EVOLINK_GUIDE }),
      expect.objectContaining({ kind: 'video', number: 1, limit: 0, form: 'tag', source: EVOLINK_TAGS }),
    ]);
    expect(fs.every((f) => f.severity === 'error')).toBe(true);
  });
  it('"image 10" with 9 images is missing; "image 1" with 1 image is not', () => {
    expect(only(check({ ...base, prompt: 'image 10', image_urls: urls('image', 9) }), 'request.prompt_reference_missing')).toHaveLength(1);
    expect(only(check({ ...base, prompt: 'image 1', image_urls: urls('image', 1) }), 'request.prompt_reference_missing')).toEqual([]);
  });
  it('image 0 does not exist (references count from 1)', () => {
    expect(only(check({ ...base, prompt: 'image 0', image_urls: urls('image', 1) }), 'request.prompt_reference_missing')[0].args).toMatchObject({ number: 0 });
  });
  it('applies in every profile, in every form', () => {
    for (const body of [
      { ...base, prompt: '@Audio2 drives it', image_urls: urls('image', 1), audio_urls: urls('audio', 1) },
      { ...base, seed: -1, prompt: 'audio 2 drives it', image_urls: urls('image', 1), audio_urls: urls('audio', 1) },
      { model: base.model, input: { prompt: '音频2作为背景音乐', reference_image_urls: urls('image', 1), reference_audio_urls: urls('audio', 1) } },
    ]) {
      expect(only(check(body), 'request.prompt_reference_missing').map((f) => f.args.number)).toEqual([2]);
    }
  });
  it('soft references never raise it', () => {
    expect(only(check({ ...base, prompt: 'the third video', video_urls: urls('video', 1) }), 'request.prompt_reference_missing')).toEqual([]);
  });
});

describe('request.asset_unreferenced', () => {
  const unref = (prompt: string, extra: object) => only(check({ ...base, prompt, ...extra }), 'request.asset_unreferenced').flatMap((f) => (f.args.numbers as number[]).map((n) => `${f.args.kind}${n}`));

  it('warns for assets of a kind the prompt numbers but skips', () => {
    expect(unref('image 1 is the hero, image 3 the villain', { image_urls: urls('image', 3) })).toEqual(['image2']);
    const [f] = only(check({ ...base, prompt: '@Image1 only', image_urls: urls('image', 2) }), 'request.asset_unreferenced');
    expect(f).toMatchObject({ severity: 'warning', args: { kind: 'image', indices: [1], numbers: [2], form: 'tag', referenced: [1], actual: 1, source: EVOLINK_TAGS } });
  });
  it('no warning when the prompt numbers nothing (seed 000 example: "the 3 provided images")', () => {
    expect(unref('The overall art style references the color palette of the 3 provided images.', { image_urls: urls('image', 3) })).toEqual([]);
    expect(unref('a rider in the rain', { image_urls: urls('image', 2), video_urls: urls('video', 2) })).toEqual([]);
  });
  it('no warning for a kind the prompt does not number (seed 000 example: image beside video 1 / audio 1)', () => {
    const body = { image_urls: urls('image', 1), video_urls: urls('video', 1), audio_urls: urls('audio', 1) };
    expect(unref("Replicate video 1's first-person perspective. Use audio 1 as the soundtrack.", body)).toEqual([]);
  });
  it('a collective mention of the kind covers all of it', () => {
    expect(unref('image 1 is the face; keep the style of all the images', { image_urls: urls('image', 3) })).toEqual([]);
  });
  it('one finding per kind lists every unnamed asset', () => {
    const fs = only(check({ ...base, prompt: 'image 1 only', image_urls: urls('image', 9) }), 'request.asset_unreferenced');
    expect(fs).toHaveLength(1);
    expect(fs[0].args).toMatchObject({ numbers: [2, 3, 4, 5, 6, 7, 8, 9], actual: 8 });
  });
  it('inline data is cut short in its args', () => {
    const big = `data:image/png;base64,${'A'.repeat(1_000_000)}`;
    const [f] = only(check({ ...base, prompt: 'image 2', image_urls: [big, 'https://a/2.png'] }), 'request.asset_unreferenced');
    expect((f.args.written as string[])[0]).toBe('data:image/png;base64,… (1,000,022 characters)');
  });
  it('soft references count as mentions', () => {
    expect(unref('video 1 then the second video', { video_urls: urls('video', 2) })).toEqual([]);
  });
  it('"4 images" is not a reference and does not make image 4 required', () => {
    const fs = check({ ...base, prompt: 'make 4 images into one scene, image 1 first', image_urls: urls('image', 2) });
    expect(only(fs, 'request.prompt_reference_missing')).toEqual([]);
    expect(only(fs, 'request.asset_unreferenced')).toEqual([]);
  });
});
