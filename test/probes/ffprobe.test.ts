import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfprobe } from '../../src/probes/ffprobe.js';
import { ffmpeg, tempDir } from './media.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir();
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=30', '-frames:v', '30', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', tmp.path('ok.mp4')]);
});
afterAll(() => tmp.cleanup());

/** Processes whose command line mentions `needle` (Linux /proc). */
function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'latin1').includes(needle)) pids.push(Number(d));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

async function script(name: string, body: string): Promise<string> {
  const p = tmp.path(name);
  await writeFile(p, `#!/bin/sh\n${body}\n`);
  await chmod(p, 0o755);
  return p;
}

describe('runFfprobe', () => {
  it('returns the parsed JSON of a real file', async () => {
    const r = await runFfprobe(tmp.path('ok.mp4'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.json.streams!.find((s) => s.codec_type === 'video')!;
    expect([v.codec_name, v.width, v.height, v.avg_frame_rate]).toEqual(['h264', 320, 240, '30/1']);
    expect(r.json.format?.format_name).toContain('mp4');
  });

  it('kills ffprobe when it runs out of time (blocked opening a FIFO nobody writes to)', async () => {
    const fifo = tmp.path('stuck-fifo.mp4');
    execFileSync('mkfifo', [fifo]);
    const t = Date.now();
    const r = await runFfprobe(fifo, { timeoutMs: 300, graceMs: 300 });
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(processesMentioning(fifo)).toEqual([]);
  });

  it('sends SIGKILL after the grace time to a child that ignores SIGTERM', async () => {
    const bin = await script('stubborn-ffprobe', "trap '' TERM\nexec sleep 30");
    const t = Date.now();
    const r = await runFfprobe(tmp.path('ok.mp4'), { binary: bin, timeoutMs: 200, graceMs: 200 });
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
    // SIGTERM did nothing: it ended only at timeout + grace
    expect(Date.now() - t).toBeGreaterThanOrEqual(395);
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(processesMentioning(bin)).toEqual([]);
  });

  it('stops a child that writes too much', async () => {
    const bin = await script('chatty-ffprobe', 'exec yes');
    const r = await runFfprobe(tmp.path('ok.mp4'), { binary: bin, maxStdoutBytes: 64 * 1024 });
    expect(r).toMatchObject({ ok: false, kind: 'output_limit' });
    expect(processesMentioning(bin)).toEqual([]);
  });

  it('caps stderr and reports its first line when ffprobe refuses the input', async () => {
    const bin = await script('noisy-ffprobe', 'echo "moov atom not found" >&2\nhead -c 200000 /dev/zero | tr "\\0" x >&2\nexit 1');
    const r = await runFfprobe(tmp.path('ok.mp4'), { binary: bin, maxStderrBytes: 1000 });
    expect(r).toMatchObject({ ok: false, kind: 'error', detail: 'moov atom not found' });
    if (!r.ok) expect(r.stderr.length).toBeLessThanOrEqual(1000);
  });

  it('says so when the binary cannot run', async () => {
    const r = await runFfprobe(tmp.path('ok.mp4'), { binary: tmp.path('no-such-binary') });
    expect(r).toMatchObject({ ok: false, kind: 'spawn' });
  });

  it('reports a real ffprobe error for content it cannot read, without the demuxer prefix', async () => {
    await writeFile(tmp.path('garbage.mp4'), Buffer.alloc(5000, 7));
    const r = await runFfprobe(tmp.path('garbage.mp4'));
    expect(r).toMatchObject({ ok: false, kind: 'error' });
    if (!r.ok) expect(r.detail).not.toMatch(/^\[| @ 0x/);
  });

  it('reads any input that is not an http(s) URL as a file name, never as an ffmpeg protocol', async () => {
    // as a protocol, concat: would read ok.mp4 twice and succeed
    const r = await runFfprobe(`concat:${tmp.path('ok.mp4')}|${tmp.path('ok.mp4')}`);
    expect(r).toMatchObject({ ok: false, kind: 'error' });
    if (!r.ok) expect(r.detail).toMatch(/no such file/i);
  });
});
