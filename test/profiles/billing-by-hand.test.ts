import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ffmpeg } from '../../fixtures/lib/tools.mjs';
import { preflight } from '../../src/preflight.js';

// Each estimate below is recomputed by hand from the provider's page, written as a comment with the page's rule.
// EvoLink guide, "Billing Notes": per second of output; "reference video input duration also counts toward
// billing"; no credits-per-second figure. aigptimage page, "Credit Consumption": 40 / 80 / 160 credits per
// second at 480p / 720p / 1080p, and nothing about reference videos. EvoLink mini page: content filter off
// bills 1.1x; input video duration counted.
const dir = mkdtempSync(join(tmpdir(), 'sp-billing-'));
const clip = (name: string, sec: number) =>
  ffmpeg(['-f', 'lavfi', '-i', `testsrc2=size=640x640:rate=24`, '-t', String(sec), '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', join(dir, name)]);
const manifest = (name: string, body: object) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(body));
  return p;
};
const billOf = async (name: string, body: object) => (await preflight(manifest(name, body))).requests[0].billing!;
const M = 'seedance-2.0-reference-to-video';
const prompt = 'use video 1 for the camera move';

describe('cost estimates agree with each provider page, recomputed by hand', () => {
  beforeAll(() => Promise.all([clip('three.mp4', 3), clip('four.mp4', 4)]), 60_000);

  it('1. EvoLink, 10 s output, one 3 s reference video: 10 + 3 = 13 billable s; no price on the page', async () => {
    const b = await billOf('1.json', { model: M, prompt, video_urls: ['three.mp4'], duration: 10, quality: '720p' });
    expect(b).toMatchObject({ outputSeconds: 10, referenceVideoSeconds: 3, billableSeconds: 13, estimatedCredits: null, reason: null });
    expect(b.assumptions).toContain('the document states no credits per second: billable seconds only');
  });

  it('2. EvoLink, nothing given: the default 5 s at the default 720p = 5 billable s, both defaults listed', async () => {
    const b = await billOf('2.json', { model: M, prompt: 'a cat' });
    expect(b).toMatchObject({ outputSeconds: 5, billableSeconds: 5, quality: '720p' });
    expect(b.assumptions).toEqual(expect.arrayContaining(['duration not given: the default of 5 s', 'quality not given: the default 720p']));
  });

  it('3. mini, content filter off, 6 s and a 4 s reference: 6 + 4 = 10 billable s, multiplier 1.1', async () => {
    const b = await billOf('3.json', { model: 'seedance-2.0-mini-reference-to-video', prompt, video_urls: ['four.mp4'], duration: 6, content_filter: false });
    expect(b).toMatchObject({ billableSeconds: 10, multiplier: 1.1, estimatedCredits: null });
  });

  it("4. the aigptimage page's own example (720p, 5 s, a reference video): 80 x 5 = 400 credits, the video not billed", async () => {
    const b = await billOf('4.json', { model: M, input: { prompt, reference_video_urls: ['three.mp4'], ratio: '16:9', resolution: '720p', duration: 5, nsfw_checker: false } });
    expect(b).toMatchObject({ outputSeconds: 5, referenceVideoSeconds: 3, billableSeconds: 5, creditsPerSecond: 80, estimatedCredits: 400 });
  });

  it('5. aigptimage 480p, 10 s: 40 x 10 = 400 credits', async () => {
    expect(await billOf('5.json', { model: M, input: { prompt: 'x', resolution: '480p', duration: 10 } })).toMatchObject({ estimatedCredits: 400 });
  });

  it('6. aigptimage 1080p, 15 s, two reference videos (3 s and 4 s): 160 x 15 = 2400 credits', async () => {
    const b = await billOf('6.json', { model: M, input: { prompt: 'video 1 then video 2', reference_video_urls: ['three.mp4', 'four.mp4'], resolution: '1080p', duration: 15 } });
    expect(b).toMatchObject({ billableSeconds: 15, estimatedCredits: 2400 });
  });

  it('7. aigptimage, no resolution, 8 s: the 720p default, 80 x 8 = 640 credits, the default listed', async () => {
    const b = await billOf('7.json', { model: M, input: { prompt: 'x', duration: 8 } });
    expect(b).toMatchObject({ quality: '720p', estimatedCredits: 640 });
    expect(b.assumptions).toContain('quality not given: the default 720p');
  });

  it('8. aigptimage with generate_audio: 80 x 5 = 400, and the audio cost the page names without a number is listed', async () => {
    const b = await billOf('8.json', { model: M, input: { prompt: 'x', duration: 5, generate_audio: true } });
    expect(b.estimatedCredits).toBe(400);
    expect(b.assumptions).toContain('the page says audio settings affect credits but gives no number: not included');
  });

  it('9. the @Image1 dialect, duration -1: the model decides, so no estimate and the reason', async () => {
    const b = await billOf('9.json', { model: M, prompt: 'x', duration: -1 });
    expect(b).toMatchObject({ outputSeconds: null, billableSeconds: null, estimatedCredits: null, reason: 'duration -1 lets the model decide the length' });
  });

  it('10. -1 or 3 s on the default profile (no auto duration): null with the reason, never a negative number', async () => {
    for (const [name, duration] of [['10a.json', -1], ['10b.json', 3]] as const) {
      const report = await preflight(manifest(name, { model: M, prompt: 'x', duration }), { model: M });
      const b = report.requests[0].billing!;
      expect(b).toMatchObject({ outputSeconds: null, billableSeconds: null, estimatedCredits: null });
      expect(b.reason).toMatch(/is not one the profile accepts/);
    }
  });
});
