import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import { checkManifestFile } from '../../src/preflight.js';

/**
 * Batteries that must not regress: crafted bombs (each a header claiming something huge) and hostile
 * manifests. Every case must end, within BOUND_MS, in facts or findings: never a throw, never a hang.
 * Printed: cases, crashes, hangs, the slowest case and the peak RSS. Re-run: npx vitest run test/security/batteries.test.ts
 */
const BOUND_MS = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'sp-battery-'));

const be32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const box = (type: string, body: Buffer) => Buffer.concat([be32(8 + body.length), Buffer.from(type, 'latin1'), body]);
const pngChunk = (type: string, data: Buffer) => { const t = Buffer.concat([Buffer.from(type, 'latin1'), data]); return Buffer.concat([be32(data.length), t, be32(crc32(t))]); };

function bombs(): [string, Buffer | (() => string)][] {
  const ihdr = Buffer.concat([be32(100_000), be32(100_000), Buffer.from([8, 2, 0, 0, 0])]);
  const sof = Buffer.from([0xff, 0xc0, 0, 17, 8, 0xff, 0xdc, 0xff, 0xdc, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  const ftyp = box('ftyp', Buffer.concat([Buffer.from('isom'), be32(0x200), Buffer.from('isommp41')]));
  const stts = box('stts', Buffer.concat([be32(0), be32(0xffffffff), be32(1), be32(1)]));
  const large = Buffer.concat([be32(1), Buffer.from('mdat'), Buffer.from([0x40, 0, 0, 0, 0, 0, 0, 0]), Buffer.alloc(64)]);
  let nested = Buffer.alloc(0);
  for (let i = 0; i < 100_000; i++) nested = i % 1000 === 0 ? Buffer.concat([be32(8 + nested.length), Buffer.from('trak'), nested]) : nested;
  const deep = Buffer.alloc(100_000 * 8);
  for (let i = 0; i < 100_000; i++) { deep.writeUInt32BE(deep.length - i * 8, i * 8); deep.write(i % 2 ? 'trak' : 'moov', i * 8 + 4, 'latin1'); }
  const id3 = Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f]), Buffer.alloc(1024)]);
  const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0]), Buffer.from([0x2c, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0, 2, 2, 0x44, 1, 0, 0x3b])]);
  const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([30, 0, 0, 0]), Buffer.from('WEBPVP8X'), Buffer.from([10, 0, 0, 0, 0, 0, 0, 0, 0xff, 0x3f, 0, 0xff, 0x3f, 0]), Buffer.alloc(16)]);
  const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.from('WAVEfmt '), Buffer.from([16, 0, 0, 0, 1, 0, 2, 0, 0x44, 0xac, 0, 0, 0x10, 0xb1, 2, 0, 4, 0, 16, 0]), Buffer.from('data'), Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.alloc(4096)]);
  const ebml = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), Buffer.from([0x42, 0x82, 0x88]), Buffer.from('matroska'), Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), Buffer.alloc(256)]);
  return [
    ['png-100000x100000.png', Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), pngChunk('IHDR', ihdr), pngChunk('IDAT', Buffer.alloc(16)), pngChunk('IEND', Buffer.alloc(0))])],
    ['jpeg-65500x65500.jpg', Buffer.concat([Buffer.from([0xff, 0xd8]), sof, Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0]), Buffer.alloc(512), Buffer.from([0xff, 0xd9])])],
    ['mp4-stts-2^32.mp4', Buffer.concat([ftyp, box('moov', box('trak', box('mdia', box('minf', box('stbl', stts)))))])],
    ['mp4-size-2^62.mp4', Buffer.concat([ftyp, large])],
    ['mp4-100k-nested.mp4', Buffer.concat([ftyp, deep])],
    ['mp4-1000-trak-chain.mp4', Buffer.concat([ftyp, box('moov', nested)])],
    ['mp3-id3-256MB.mp3', id3],
    ['gif-65535x65535.gif', gif],
    ['webp-16384x16384.webp', webp],
    ['wav-data-4GB.wav', wav],
    ['mkv-unknown-sizes.mkv', ebml],
    ['sparse-2GB.mp4', () => { const p = join(dir, 'sparse-2GB.mp4'); writeFileSync(p, ftyp); truncateSync(p, 2 ** 31); return p; }],
  ];
}

function manifests(): [string, string | (() => string)][] {
  const body = (extra: object) => JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1 at dusk', ...extra });
  return [
    ['deep-100k-array.json', `{"model":"seedance-2.0-reference-to-video","prompt":"x","image_urls":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['deep-100k-object.json', `{"model":"seedance-2.0-reference-to-video","input":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`],
    ['proto.json', '{"__proto__":{"model":"x","polluted":true},"constructor":{"prototype":{"polluted":true}},"model":"seedance-2.0-reference-to-video","prompt":"p"}'],
    ['lone-surrogates.json', '{"model":"seedance-2.0-reference-to-video","prompt":"\\ud800 and \\udfff","image_urls":["\\ud800.png"]}'],
    // URLs would be a network battery (one run deadline); local names test that the request rules scale linearly
    ['100k-paths.json', body({ image_urls: Array.from({ length: 100_000 }, (_, i) => `missing-${i}.png`) })],
    ['10MB-prompt.json', body({ prompt: 'image 1 @Image2 图片3 '.repeat(10 * 2 ** 20 / 20) })],
    ['numbers.json', body({ duration: 1e308, seed: -0, quality: 12, aspect_ratio: 16 })],
    ['types.json', '{"model":["a"],"prompt":{"x":1},"image_urls":"not-a-list","duration":"5"}'],
    ['bom-garbage.json', '\ufeff{"model":"seedance-2.0-reference-to-video"} trailing'],
    ['empty.json', ''],
    ['null.json', 'null'],
    ['array.json', '[1,2,3]'],
    ['string.json', '"just a string"'],
    ['control-chars.json', body({ prompt: '\u001b]52;c;cHduZWQ=\u0007 \u202e', image_urls: ['\u001b[31m.png', '../../../../etc/passwd', '/dev/zero', 'data:image/png;base64,AAAA'] })],
    ['aigpt-deep.json', JSON.stringify({ model: 'seedance-2.0-reference-to-video', input: { prompt: 'p', reference_image_urls: Array(5000).fill({ nested: [1, 2, 3] }) } })],
    ['250MB-sparse.json', () => { const p = join(dir, '250MB-sparse.json'); writeFileSync(p, '{'); truncateSync(p, 250 * 1024 * 1024); return p; }],
  ];
}

interface Tally { cases: number; crashes: string[]; hangs: string[]; maxMs: number; slowest: string; peakRss: number }

async function battery(cases: [string, string | Buffer | (() => string)][], run: (path: string) => Promise<unknown>): Promise<Tally> {
  const t: Tally = { cases: 0, crashes: [], hangs: [], maxMs: 0, slowest: '', peakRss: 0 };
  const sampler = setInterval(() => (t.peakRss = Math.max(t.peakRss, process.memoryUsage().rss)), 20);
  try {
    for (const [name, content] of cases) {
      const path = typeof content === 'function' ? content() : join(dir, name);
      if (typeof content !== 'function') writeFileSync(path, content);
      t.cases++;
      const started = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        run(path).then(() => 'ok', (e: unknown) => `crash: ${String((e as Error)?.stack ?? e).split('\n').slice(0, 2).join(' ')}`),
        new Promise<string>((r) => (timer = setTimeout(() => r('hang'), BOUND_MS))),
      ]);
      clearTimeout(timer);
      const ms = Date.now() - started;
      if (ms > t.maxMs) [t.maxMs, t.slowest] = [ms, name];
      // synchronous work holds the timer back: a case that returns after the bound hung all the same
      if (outcome === 'hang' || ms > BOUND_MS) t.hangs.push(name);
      else if (outcome !== 'ok') t.crashes.push(`${name}: ${outcome}`);
    }
  } finally {
    clearInterval(sampler);
    t.peakRss = Math.max(t.peakRss, process.memoryUsage().rss);
  }
  return t;
}

const line = (what: string, t: Tally) =>
  `${what}: ${t.cases} cases, ${t.crashes.length} crashes, ${t.hangs.length} hangs, max ${t.maxMs} ms (${t.slowest}), peak RSS ${Math.round(t.peakRss / 2 ** 20)} MiB`;

describe('batteries', () => {
  it('bombs: every crafted header ends in facts or a typed failure, quickly and in bounded memory', async () => {
    const t = await battery(bombs(), async (p) => {
      const f = await probe(p, { timeoutMs: BOUND_MS });
      if (f.failure === null && f.kind === null) throw new Error('neither facts nor failure');
    });
    console.log(line('bombs', t));
    expect(t.crashes).toEqual([]);
    expect(t.hangs).toEqual([]);
    expect(t.peakRss).toBeLessThan(1024 * 2 ** 20);
  }, 120_000);

  it('hostile manifests: findings, never a throw, a hang or prototype pollution', async () => {
    const t = await battery(manifests(), async (p) => {
      const r = await checkManifestFile(p, { probe: async (x) => probe(x, { timeoutMs: BOUND_MS }) });
      if (!Array.isArray(r.request.problems)) throw new Error('no problems list');
    });
    console.log(line('manifests', t));
    expect(t.crashes).toEqual([]);
    expect(t.hangs).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(t.peakRss).toBeLessThan(1024 * 2 ** 20);
  }, 120_000);
});
