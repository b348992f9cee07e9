import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AssetReport, Report } from '../../src/types.js';
import { run } from '../helpers/cli.js';
import { HARNESS, launch, maybeDescribe, openHarness, serveRepo, type Served } from './chromium.js';

const FIXTURES = 'fixtures/.generated';
const files = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name !== 'catalog.json')
  .map((d) => join(d.parentPath, d.name))
  .sort();

/** The facts both builds must agree on (or the browser must name as unverified). */
const FACTS = ['kind', 'format', 'mime', 'extension', 'extensionMismatch', 'bytes', 'width', 'height', 'durationSec', 'fps', 'variableFrameRate', 'hasVideoStream', 'rotation'] as const;
/** A file that could not be read has only these: what ffprobe or sharp half-read of it is not a fact. */
const FACTS_OF_BROKEN = ['kind', 'format', 'mime', 'extension', 'extensionMismatch', 'bytes'] as const;
/** Codes a fact decides: Node may report them where the browser names the fact unverified instead. */
const CODE_FACT: Record<string, string> = { 'video.fps': 'fps', 'video.variable_frame_rate': 'variableFrameRate' };

let browser: Browser;
let served: Served;
let page: Page;
let node: Report;
let web: Report & { bytesRead: Record<string, number> };

const describe = maybeDescribe('the browser entry agreement test');

beforeAll(async () => {
  if (describe === (await import('vitest')).describe.skip) return;
  const cli = await run(['lint', FIXTURES, '--format', 'json']);
  node = JSON.parse(cli.stdout) as Report;
  served = await serveRepo({ '/__harness.html': HARNESS });
  browser = await launch();
  page = await openHarness(browser, served.origin);
  // the files as a person picks them: File objects backed by the files on disk
  await page.setInputFiles('#files', files);
  web = await page.evaluate(async () => {
    const sp = (window as unknown as { sp: typeof import('../../src/browser/index.js') }).sp;
    const input = document.querySelector<HTMLInputElement>('#files')!;
    const bytesRead: Record<string, number> = {};
    const report = await sp.checkFiles([...input.files!], { onFile: (e) => void (bytesRead[e.source] = e.bytesRead) });
    return { ...report, bytesRead };
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const byName = (r: Report) => new Map(r.assets.map((a) => [basename(a.source), a]));
const unverified = (a: AssetReport): string[] => (a.facts.failure ? [] : (a.facts.unverified?.facts ?? []));
/** Codes, less the unverified warning, and less the codes of facts `unverifiedIn` could not learn. */
const codes = (a: AssetReport, unverifiedIn: AssetReport = a) =>
  a.problems.map((p) => p.code).filter((c) => c !== 'file.unverified' && !unverified(unverifiedIn).includes(CODE_FACT[c])).sort();

describe('seedance-preflight/browser in Chromium agrees with the Node lint on every fixture', () => {
  it('reports every fixture once, by its file name', () => {
    expect(new Set(files.map((f) => basename(f))).size).toBe(files.length);
    expect(web.assets.map((a) => a.source).sort()).toEqual(files.map((f) => basename(f)).sort());
    expect(node.assets).toHaveLength(files.length);
  });

  it.each(files.map((f) => [basename(f)]))('%s: same codes, severities, facts and words', (name) => {
    const n = byName(node).get(name)!;
    const w = byName(web).get(name)!;
    expect(codes(w), 'codes').toEqual(codes(n, w));
    expect(w.ok, 'verdict').toBe(n.ok);
    for (const key of n.facts.failure ? FACTS_OF_BROKEN : FACTS) {
      if (w.facts[key] === null && unverified(w).includes(key)) continue;
      // a <video> element gives sizes as displayed but never the rotation itself (no rule reads it)
      if (key === 'rotation' && w.facts.probedBy === 'browser-video' && w.facts.rotation === null) continue;
      // a <video> element's duration is the container's as a double; ffprobe prints microseconds
      if (key === 'durationSec' && w.facts.probedBy === 'browser-video' && n.facts.durationSec !== null) expect(w.facts.durationSec).toBeCloseTo(n.facts.durationSec, 2);
      else expect(w.facts[key], key).toEqual(n.facts[key]);
    }
    expect(w.facts.failure?.reason ?? null, 'failure').toEqual(n.facts.failure?.reason ?? null);
    // the same reader or parser ran: the same message, word for word (the subject aside)
    if (w.facts.probedBy === n.facts.probedBy) {
      const words = (a: AssetReport) => a.problems.map((p) => `${p.severity} ${p.code} ${p.message.replaceAll(a.source, 'FILE')} ${p.fix}`);
      expect(words(w)).toEqual(words(n));
    }
  });

  it('says what it could not learn, as a warning naming the fact, only where a browser cannot learn it', () => {
    const missing = web.assets.filter((a) => unverified(a).length).map((a) => ({ name: a.source, facts: unverified(a), code: a.problems.find((p) => p.code === 'file.unverified')?.severity }));
    // WebM and Matroska are not read in-process, and the VFR clip is one the MP4 reader leaves to ffprobe
    expect(missing.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'container.mkv', facts: ['fps', 'variableFrameRate'], code: 'warning' },
      { name: 'container.webm', facts: ['fps', 'variableFrameRate'], code: 'warning' },
      { name: 'vfr.mp4', facts: ['fps', 'variableFrameRate'], code: 'warning' },
    ]);
    for (const a of web.assets) if (unverified(a).length) expect(['browser-video', 'browser-header']).toContain(a.facts.probedBy);
  });

  it('reads headers and indexes, not whole files: a 50 MB clip costs a few KiB', () => {
    expect(web.bytesRead['bytes-50000000.mp4']).toBeGreaterThan(0);
    expect(web.bytesRead['bytes-50000000.mp4']).toBeLessThan(1024 * 1024);
    expect(web.bytesRead['bytes-30000000.png']).toBeLessThan(1024 * 1024);
  });
});
