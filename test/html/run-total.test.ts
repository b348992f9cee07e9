import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { buildHtml } from '../../src/reporters/html/build.js';
import { formatPretty } from '../../src/reporters/pretty.js';
import type { Report } from '../../src/types.js';
import { SAMPLE } from '../helpers/fake-provider.js';
import { attr, byId, find, parseHtml, text, type El } from './dom.js';

// Three manifests the linter has never seen, on the sample media: two priced, one with a duration the model decides.
let dir: string;
let budgeted: Report;
let plain: Report;
const PROMPT = 'Keep image 1; follow the camera of video 1.';
const evolink = (over: Record<string, unknown>) => ({ model: 'seedance-2.0-reference-to-video', prompt: PROMPT, image_urls: ['good.jpg'], video_urls: ['clip.mp4'], ...over });
// the aigptimage page prices each output second: these two get credits
const aigpt = (over: Record<string, unknown>) => ({ model: 'seedance-2.0-reference-to-video', input: { prompt: PROMPT, reference_image_urls: ['good.jpg'], reference_video_urls: ['clip.mp4'], ratio: '1:1', ...over } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'html-total-'));
  for (const f of ['good.jpg', 'clip.mp4']) await copyFile(join(SAMPLE, f), join(dir, f));
  await writeFile(join(dir, 'a.json'), JSON.stringify(aigpt({ duration: 5, resolution: '720p' })));
  await writeFile(join(dir, 'b.json'), JSON.stringify(aigpt({ duration: 4, resolution: '480p' })));
  await writeFile(join(dir, 'c.json'), JSON.stringify(evolink({ duration: -1 })));
  const paths = ['a.json', 'b.json', 'c.json'].map((f) => join(dir, f));
  [budgeted, plain] = await Promise.all([lint(paths, { maxCredits: 1_000_000 }), lint(paths)]);
}, 120_000);

const dd = (dl: El, key: string) => text(find(find(dl, 'div').find((d) => attr(d, 'data-total') === key)!, 'dd')[0]);

describe('HTML report: the budget gate\'s estimates', () => {
  it('shows the run total the report carries, equal to the sum of the requests it could estimate', () => {
    const t = budgeted.total!;
    const billed = budgeted.requests.map((r) => r.billing);
    expect(billed.filter((b) => b?.estimatedCredits != null)).toHaveLength(2);
    expect(t.unestimated).toBe(billed.filter((b) => b?.billableSeconds == null).length);
    expect(t.unestimated).toBe(1);
    expect(t.estimatedCredits).toBe(billed.reduce((s, b) => s + (b?.estimatedCredits ?? 0), 0));
    expect(t.estimatedCredits).toBeGreaterThan(0);
    const doc = parseHtml(buildHtml(budgeted, new Map(), { toolVersion: '1' }));
    const section = byId(doc, 'run-total')!;
    expect(section).toBeDefined();
    const dl = find(section, 'dl')[0];
    expect(dd(dl, 'billable')).toBe(`${t.billableSeconds} s`);
    expect(dd(dl, 'credits')).toBe(`≈ ${t.estimatedCredits}`);
    expect(dd(dl, 'unestimated')).toBe(String(t.unestimated));
  });

  it('the pretty report counts the requests not estimated in words that agree with the number', () => {
    const one = formatPretty(budgeted);
    expect(one).toContain(`run total: ${budgeted.total!.billableSeconds} billable s`);
    expect(one).toContain('· 1 request not estimated');
    const two = formatPretty({ ...budgeted, total: { ...budgeted.total!, unestimated: 2 } });
    expect(two).toContain('· 2 requests not estimated');
  });

  it('each request shows its estimate, the reason when there is none, and every assumption', () => {
    const doc = parseHtml(buildHtml(budgeted, new Map(), { toolVersion: '1' }));
    budgeted.requests.forEach((r, i) => {
      const article = byId(doc, `request-${i + 1}`)!;
      const dds = find(find(article, 'dl', 'billing')[0], 'dd').map(text);
      const b = r.billing!;
      if (b.estimatedCredits !== null) expect(dds).toContain(`≈ ${b.estimatedCredits}`);
      if (b.reason !== null) expect(dds).toContain(b.reason);
      const listed = find(article, 'ul', 'assumptions').flatMap((ul) => find(ul, 'li').map(text));
      expect(listed).toEqual(b.assumptions);
    });
  });

  it('no budget, no run total', () => {
    expect(plain.total).toBeUndefined();
    const doc = parseHtml(buildHtml(plain, new Map(), { toolVersion: '1' }));
    expect(byId(doc, 'run-total')).toBeUndefined();
    expect(find(doc, 'section', 'run-total')).toHaveLength(0);
  });
});
