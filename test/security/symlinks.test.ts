import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin } from '../helpers/cli.js';
import { type FakeProvider, startFakeProvider } from '../helpers/fake-provider.js';

interface JsonReport { assets: { source: string; facts: { width: number | null; bytes: number | null }; problems: { code: string }[] }[]; requests: { problems: { code: string }[] }[] }

let root: string;
let dir: string;
let outside: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sp-links-'));
  dir = join(root, 'pr-media');
  mkdirSync(dir);
  outside = join(root, 'private');
  mkdirSync(outside);
  const png = (w: number) => sharp({ create: { width: w, height: w, channels: 3, background: '#a33' } }).png().toBuffer();
  writeFileSync(join(outside, 'secret.png'), await png(333));
  writeFileSync(join(dir, 'ok.png'), await png(400));
  symlinkSync(join(outside, 'secret.png'), join(dir, 'secret.png'));
  symlinkSync(join(outside, 'secret.png'), join(dir, 'inlink.png'));
  symlinkSync(outside, join(dir, 'private-dir'));
  symlinkSync('/proc', join(dir, 'p'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync('../ok.png', join(dir, 'sub', 'inside-link.png')); // a link that stays inside is followed
  writeFileSync(join(dir, 'request.json'), JSON.stringify({
    model: 'seedance-2.0-reference-to-video',
    prompt: 'image 1 and image 2 at dusk',
    image_urls: ['inlink.png', '../private/secret.png'],
  }));
});

const byName = (r: JsonReport, name: string) => r.assets.find((a) => a.source.endsWith(name));
const codes = (a: JsonReport['assets'][number] | undefined) => a?.problems.map((p) => p.code) ?? [];

describe('nothing outside the folders given is read, previewed or uploaded by default', () => {
  it('lint DIR: links out of it are file.outside_roots, not read; /proc is not walked; a link inside is followed', async () => {
    const r = await runBin(['lint', dir, '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout) as JsonReport;
    for (const n of ['secret.png', 'p', 'private-dir']) {
      expect(codes(byName(rep, `pr-media/${n}`))).toEqual(['file.outside_roots']);
      expect(byName(rep, `pr-media/${n}`)!.facts.bytes).toBeNull();
    }
    expect(rep.assets.some((a) => a.source.includes('/proc') || a.source.includes('p/self'))).toBe(false);
    expect(byName(rep, 'sub/inside-link.png')!.facts.width).toBe(400);
    expect(byName(rep, 'ok.png')!.facts.width).toBe(400);
    // the manifest's symlinked and ../ assets: reported, not read
    expect(codes(byName(rep, 'inlink.png'))).toEqual(['file.outside_roots']);
    expect(rep.assets.filter((a) => a.facts.width === 333)).toEqual([]);
  });

  it('the HTML report embeds no preview of an outside file', async () => {
    const out = join(root, 'report.html');
    await runBin(['lint', dir, '--format', 'html', '--output-file', out], { cwd: root });
    const html = readFileSync(out, 'utf8');
    const images = html.match(/data:image\/[a-z]+;base64,/g) ?? [];
    expect(html).toContain('not previewed: it is outside the folders checked');
    // ok.png and sub/inside-link.png (the same file) only
    expect(images.length).toBeLessThanOrEqual(2);
  });

  it('--follow-symlinks-outside reads them', async () => {
    const r = await runBin(['lint', join(dir, 'secret.png'), join(dir, 'request.json'), '--format', 'json', '--follow-symlinks-outside'], { cwd: root });
    const rep = JSON.parse(r.stdout) as JsonReport;
    expect(rep.assets.every((a) => !codes(a).includes('file.outside_roots'))).toBe(true);
    expect(rep.assets.some((a) => a.facts.width === 333)).toBe(true);
  });

  it('SIGTERM during a walk of the whole filesystem (opted in through /proc) ends it within a second', async () => {
    const child = spawn(process.execPath, [BIN, 'lint', dir, '--follow-symlinks-outside', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    await new Promise((r) => setTimeout(r, 1500));
    const sent = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(code).toBe(143);
  });
});

describe('submit never uploads a file outside the manifest folder without the opt-in', () => {
  let fake: FakeProvider;
  const KEY = 'sk-links-0123456789abcdef';
  beforeAll(async () => {
    fake = await startFakeProvider(KEY);
  });
  afterAll(() => fake.close());

  it('a symlinked and a ../ asset: not sent, both named', async () => {
    const r = await runBin(['submit', join(dir, 'request.json'), '--base-url', fake.origin, '--format', 'json'], {
      cwd: root,
      env: { SEEDANCE_API_KEY: KEY, SEEDANCE_S3_BUCKET: 'b', SEEDANCE_S3_ENDPOINT: 'http://127.0.0.1:9', SEEDANCE_S3_ACCESS_KEY_ID: 'k', SEEDANCE_S3_SECRET_ACCESS_KEY: 'secret-s3-key' },
    });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { sent: boolean; report: JsonReport };
    expect(j.sent).toBe(false);
    expect(j.report.assets.filter((a) => codes(a).includes('file.outside_roots'))).toHaveLength(2);
    expect(fake.creates).toBe(0);
  });
});
