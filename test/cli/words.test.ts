import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import { runBin } from '../helpers/cli.js';
import { all, hasClass, parseHtml, text } from '../html/dom.js';
import type { Report } from '../../src/types.js';

// Words a user reads, through the built CLI: counts agree with their nouns, HTML shows commands as code.
let fx: Fixtures;
beforeAll(async () => {
  fx = await fixtures();
}, 120_000);

describe('counts agree with their nouns', () => {
  it('one warning over --max-warnings 0 says "1 warning", in stderr and in the summary line', async () => {
    const r = await runBin(['lint', fx.path('broken/png-named.jpg'), '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\b1 warning, more than the maximum of 0/);
    expect(r.stdout).toMatch(/\b1 warning in 1 file\b/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\b1 (warning|error|file|asset|request|problem)s\b/);
  });

  it('the GitHub job summary counts 1 asset and 1 request in the singular', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-words-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await runBin(['lint', fx.path('broken/png-named.jpg'), '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(0);
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/· 1 asset · 0 requests/);
    expect(md).not.toMatch(/\(s\)/);
  });

  it('request totals name the measured total and the number of clips, one clip or several', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-words-'));
    copyFileSync(fx.path('videos/dur-15s.mp4'), join(dir, 'a.mp4'));
    copyFileSync(fx.path('videos/fps-24.mp4'), join(dir, 'b.mp4'));
    copyFileSync(fx.path('audio/wav-15.0s.wav'), join(dir, 'a.wav'));
    copyFileSync(fx.path('audio/wav-2.0s.wav'), join(dir, 'b.wav'));
    const body = { model: 'seedance-2.0-reference-to-video', prompt: 'video 1 and video 2 with audio 1 and audio 2', video_urls: ['a.mp4', 'b.mp4'], audio_urls: ['a.wav', 'b.wav'] };
    writeFileSync(join(dir, 'req.json'), JSON.stringify(body));
    const r = await runBin(['lint', join(dir, 'req.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const byCode = Object.fromEntries(report.requests[0].problems.map((p) => [p.code, p]));
    expect(byCode['request.video_total_duration'].message).toMatch(/total video duration is [\d.]+ s \(2 clips\); at most 15 s/);
    expect(byCode['request.audio_total_duration'].message).toMatch(/total audio duration is 17 s \(2 clips\); at most 15 s/);
    for (const p of report.requests[0].problems) expect(p.message).not.toMatch(/\b1 \w+s\b|together/);
  });
});

describe('HTML report', () => {
  it('a fix hint shows its command as <code>, escaped first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-words-'));
    const out = join(dir, 'report.html');
    const r = await runBin(['lint', fx.path('videos/dur-15s-plus1.mp4'), '--format', 'html', '--output-file', out]);
    expect(r.code).toBe(1);
    const fixes = all(parseHtml(readFileSync(out, 'utf8'))).filter((el) => hasClass(el, 'fix'));
    expect(fixes).toHaveLength(1);
    const code = all(fixes[0]).filter((el) => el.tagName === 'code');
    expect(code.map(text)).toEqual([expect.stringMatching(/^ffmpeg -i in -t 15 .*out\.mp4$/)]);
    expect(text(fixes[0])).not.toContain('`');
  });
});

describe('escWithCode', () => {
  it('marks up only after escaping, so markup inside backticks stays text', async () => {
    const { escWithCode } = await import('../../src/reporters/html/escape.js');
    expect(escWithCode('run `a <b> & "c"` then `d`')).toBe('run <code>a &lt;b&gt; &amp; &quot;c&quot;</code> then <code>d</code>');
    expect(escWithCode('one ` alone')).toBe('one ` alone');
  });
});
