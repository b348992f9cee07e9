import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpeg } from '../../fixtures/lib/tools.mjs';
import { runBin } from '../helpers/cli.js';
import { type Served, serve, text } from './helpers.js';

// A clip made here (longer than the default's 15 s per clip) and a profile that allows 20 s.
const LONGER = {
  id: 'longer-clips',
  extends: 'seedance-2.0-reference-to-video',
  models: [],
  source: { title: 'Our platform limits', url: 'https://example.com/limits' },
  limits: { 'video.maxDurationSec': 20 },
};

let root: string;
let profileDir: string;
let srv: Served;
let withFile: Served;
const codes = (r: { structuredContent?: unknown }) =>
  (r.structuredContent as { assets: { problems: { code: string }[] }[] }).assets.flatMap((a) => a.problems.map((p) => p.code));

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'mcp-profiles-')));
  profileDir = await realpath(await mkdtemp(join(tmpdir(), 'mcp-profiles-file-')));
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=640x640:rate=24', '-t', '17', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', join(root, 'long-17s.mp4')]);
  await writeFile(join(root, 'longer.json'), JSON.stringify(LONGER));
  await writeFile(join(root, 'broken.json'), JSON.stringify({ ...LONGER, limits: { 'video.maxDurationSecs': 20 } }));
  // outside the root, named relative to where the server starts (its working folder), before its chdir
  await writeFile(join(profileDir, 'server.json'), JSON.stringify({ ...LONGER, id: 'server-longer' }));
  [srv, withFile] = await Promise.all([serve(['--root', root], {}), serve(['--root', root, '--profile-file', 'server.json'], {}, profileDir)]);
}, 180_000);

afterAll(async () => {
  await Promise.all([srv?.close(), withFile?.close()]);
  await Promise.all([root, profileDir].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

describe('profile files over MCP', () => {
  it('lint profileFiles: a profile allowing longer clips passes the clip the default fails', async () => {
    const plain = await srv.call('lint', { paths: ['long-17s.mp4'] });
    expect(plain.isError).toBeFalsy();
    expect(codes(plain)).toEqual(['video.duration']);
    const longer = await srv.call('lint', { paths: ['long-17s.mp4'], profileFiles: ['longer.json'], model: 'longer-clips' });
    expect(longer.isError).toBeFalsy();
    expect(longer.structuredContent).toMatchObject({ ok: true, profile: 'longer-clips' });
    expect(codes(longer)).toEqual([]);
  }, 120_000);

  it('a broken profile file given to lint is a tool error with the loader\'s message; the server goes on', async () => {
    const bad = await srv.call('lint', { paths: ['long-17s.mp4'], profileFiles: ['broken.json'] });
    expect(bad.isError).toBe(true);
    const cli = await runBin(['lint', 'long-17s.mp4', '--profile-file', 'broken.json'], { cwd: root });
    expect(cli.code).toBe(2);
    expect(text(bad).trim()).toBe(cli.stderr.trim());
    expect(text(bad)).toContain('video.maxDurationSecs');
    expect((await srv.call('lint', { paths: ['long-17s.mp4'] })).isError).toBeFalsy();
  }, 120_000);

  it('a profile file outside the root is refused', async () => {
    const r = await srv.call('lint', { paths: ['long-17s.mp4'], profileFiles: [join(profileDir, 'server.json')] });
    expect(r.isError).toBe(true);
    expect(text(r)).toContain('outside the folder this server may use');
  });

  it('mcp --profile-file: loaded from the starting folder, before the server moves into --root', async () => {
    const r = await withFile.call('lint', { paths: ['long-17s.mp4'], model: 'server-longer' });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ ok: true, profile: 'server-longer' });
  }, 120_000);

  it('mcp --profile-file with a broken file exits 2 with the loader\'s message', async () => {
    const server = await runBin(['mcp', '--root', root, '--profile-file', join(root, 'broken.json')], { cwd: root });
    const cli = await runBin(['lint', 'long-17s.mp4', '--profile-file', join(root, 'broken.json')], { cwd: root });
    expect(server.code).toBe(2);
    expect(server.stderr.trim()).toBe(cli.stderr.trim());
    expect(server.stdout).toBe('');
  });
});
