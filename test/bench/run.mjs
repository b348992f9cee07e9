#!/usr/bin/env node
// `npm run bench`: times our cold and warm lint of a folder of real media against mediainfo (one process
// for the whole folder) and a serial ffprobe loop, alternating, in one run on this machine; prints
// medians, ratios and peak memory. Options: --rounds N (default 5), --scale N (also time an N-times
// bigger folder, to show time and memory stay flat), --json (machine-readable result on stdout).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'seedance-preflight.js');
const OUT = join(ROOT, 'fixtures', '.bench');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const ROUNDS = opt('rounds', 5);
const SCALE = opt('scale', 0);
const JSON_OUT = args.includes('--json');
const log = (...a) => (JSON_OUT ? process.stderr : process.stdout).write(a.join(' ') + '\n');
const COUNTS = { jpg: 120, mp4: 60, mp3: 60 };

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const MEDIAINFO = spawnSync('mediainfo', ['--Version']).status === 0 ? 'mediainfo' : null;

async function binaries() {
  const { ffmpegPath, ffprobePath } = await import(join(ROOT, 'dist', 'lib', 'binaries.js'));
  return { ffmpeg: ffmpegPath(), ffprobe: ffprobePath() };
}

/** 120 JPEGs, 60 MP4s and 60 MP3s, each with distinct content (so no content cache can skip work). */
async function buildBase(dir, ffmpeg) {
  const stamp = join(dir, '.complete');
  if (existsSync(stamp)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`building ${COUNTS.jpg} jpg, ${COUNTS.mp4} mp4, ${COUNTS.mp3} mp3 in ${dir} ...`);
  const sharp = (await import('sharp')).default;
  for (let i = 0; i < COUNTS.jpg; i++) {
    const w = 1280, h = 720, px = Buffer.alloc(w * h * 3);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      px[o] = (x * (i + 3) + y) & 255; px[o + 1] = (y * (i + 5) ^ x) & 255; px[o + 2] = ((x + y) * 7 + i * 13) & 255;
    }
    await sharp(px, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 80 }).toFile(join(dir, `img-${String(i).padStart(3, '0')}.jpg`));
  }
  const jobs = [];
  for (let i = 0; i < COUNTS.mp4; i++) jobs.push(['-f', 'lavfi', '-i', `testsrc2=size=1280x720:rate=24:duration=3`, '-vf', `hue=h=${i * 6}`, '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '32', '-pix_fmt', 'yuv420p', join(dir, `clip-${String(i).padStart(3, '0')}.mp4`)]);
  for (let i = 0; i < COUNTS.mp3; i++) jobs.push(['-f', 'lavfi', '-i', `sine=frequency=${200 + i * 17}:duration=5`, '-c:a', 'libmp3lame', '-b:a', '128k', join(dir, `tone-${String(i).padStart(3, '0')}.mp3`)]);
  await pool(jobs, 2, (a) => run(ffmpeg, ['-v', 'error', '-y', ...a]));
  writeFileSync(stamp, new Date().toISOString());
}

/** An N-times folder: copies made byte-distinct by metadata that keeps each file valid. */
function buildScaled(base, dir, n) {
  const stamp = join(dir, `.complete-${n}`);
  if (existsSync(stamp)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`building a ${n}x folder in ${dir} ...`);
  for (const f of readdirSync(base).filter((x) => !x.startsWith('.'))) {
    const bytes = readFileSync(join(base, f));
    for (let k = 0; k < n; k++) {
      const tag = Buffer.from(`seedance-preflight bench copy ${k} of ${f}`);
      let out;
      if (f.endsWith('.jpg')) out = Buffer.concat([bytes.subarray(0, 2), Buffer.from([0xff, 0xfe, 0, tag.length + 2]), tag, bytes.subarray(2)]); // COM segment
      else if (f.endsWith('.mp4')) { const box = Buffer.alloc(8); box.writeUInt32BE(8 + tag.length); box.write('free', 4); out = Buffer.concat([bytes, box, tag]); }
      else { const id3 = Buffer.alloc(10); id3.write('ID3'); id3[3] = 4; const sz = tag.length; id3[6] = (sz >> 21) & 127; id3[7] = (sz >> 14) & 127; id3[8] = (sz >> 7) & 127; id3[9] = sz & 127; out = Buffer.concat([id3, tag, bytes]); }
      writeFileSync(join(dir, `${k}-${f}`), out);
    }
  }
  writeFileSync(stamp, new Date().toISOString());
}

function run(cmd, argv) {
  return new Promise((resolve, reject) => {
    const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    r.status === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(' ')}: ${r.stderr}`));
  });
}

async function pool(items, n, fn) {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => { while (i < items.length) await fn(items[i++]); }));
}

/** Wall time (s) and peak RSS (MB, when /usr/bin/time is there) of one command, output discarded. */
function measure(cmd, argv, okCodes = [0, 1]) {
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%M', cmd, ...argv], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!okCodes.includes(r.status)) throw new Error(`${cmd} exited ${r.status}: ${String(r.stderr).slice(-400)}`);
  const kb = TIME ? Number(String(r.stderr).trim().split('\n').pop()) : NaN;
  return { sec, mb: kb / 1024 };
}

function ffprobeLoop(ffprobe, dir) {
  const files = readdirSync(dir).filter((f) => !f.startsWith('.')).map((f) => join(dir, f));
  const t0 = process.hrtime.bigint();
  for (const f of files) spawnSync(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', f], { stdio: ['ignore', 'ignore', 'ignore'] });
  return { sec: Number(process.hrtime.bigint() - t0) / 1e9, mb: NaN };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const maxOf = (xs) => Math.max(...xs.filter((x) => Number.isFinite(x)));

function bytesOf(dir) {
  return readdirSync(dir).filter((f) => !f.startsWith('.')).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** One alternating series over a folder. */
function series(dir, ffprobe, rounds, withLoop) {
  const cache = join(OUT, `cache-${dir.split('/').pop()}.json`);
  rmSync(cache, { force: true });
  measure(process.execPath, [BIN, 'lint', dir, '--format', 'json', '--cache', '--cache-location', cache]); // prime the warm cache
  const t = { cold: [], warm: [], deep: [], mediainfo: [], loop: [], node: [] };
  for (let r = 0; r < rounds; r++) {
    t.cold.push(measure(process.execPath, [BIN, 'lint', dir, '--format', 'json']));
    // the floor for any Node CLI: starting node itself with nothing to do
    t.node.push(measure(process.execPath, ['-e', '0']));
    if (MEDIAINFO) t.mediainfo.push(measure(MEDIAINFO, ['--Output=JSON', dir], [0]));
    t.warm.push(measure(process.execPath, [BIN, 'lint', dir, '--format', 'json', '--cache', '--cache-location', cache]));
    if (withLoop && r < Math.min(rounds, 3)) t.loop.push(ffprobeLoop(ffprobe, dir));
  }
  if (supportsDeep()) t.deep.push(measure(process.execPath, [BIN, 'lint', dir, '--format', 'json', '--deep']));
  const s = (k) => (t[k].length ? { medianSec: median(t[k].map((x) => x.sec)), peakMb: maxOf(t[k].map((x) => x.mb)), runs: t[k].length } : null);
  return { files: readdirSync(dir).filter((f) => !f.startsWith('.')).length, bytes: bytesOf(dir), cold: s('cold'), warm: s('warm'), deep: s('deep'), mediainfo: s('mediainfo'), ffprobeLoop: s('loop'), node: s('node') };
}

let deep;
function supportsDeep() {
  return (deep ??= spawnSync(process.execPath, [BIN, 'lint', '--help']).stdout?.toString().includes('--deep'));
}

function helpTime() {
  const xs = [];
  for (let i = 0; i < 11; i++) xs.push(measure(process.execPath, [BIN, '--help'], [0]).sec);
  return median(xs);
}

const fmt = (x, d = 3) => (x == null || !Number.isFinite(x) ? '-' : x.toFixed(d));

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')) || !existsSync(join(ROOT, 'dist', 'bin', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (!MEDIAINFO) log('mediainfo is not installed: `apt-get update && apt-get install -y mediainfo` (Debian) to get the baseline; timing the rest.');
  const { ffmpeg, ffprobe } = await binaries();
  const base = join(OUT, 'base');
  await buildBase(base, ffmpeg);
  const loadBefore = loadavg();
  const result = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memGb: Math.round(totalmem() / 2 ** 30), node: process.version, mediainfo: MEDIAINFO ? String(spawnSync('mediainfo', ['--Version']).stdout).trim().split('\n').pop() : null },
    rounds: ROUNDS,
    helpSec: helpTime(),
    base: series(base, ffprobe, ROUNDS, true),
  };
  if (SCALE > 1) {
    const big = join(OUT, `x${SCALE}`);
    buildScaled(base, big, SCALE);
    result.scaled = { factor: SCALE, ...series(big, ffprobe, Math.max(1, Math.min(ROUNDS, 3)), false) };
  }
  // other work on the machine skews every number: say how busy it was (1-minute load, before and after)
  result.load = { before: loadBefore[0], after: loadavg()[0] };
  report(result);
}

function report(r) {
  const b = r.base;
  const ratio = (x) => (b.mediainfo && x ? x.medianSec / b.mediainfo.medianSec : NaN);
  if (JSON_OUT) return void process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  log(`\nseedance-preflight benchmark, ${r.date}`);
  log(`machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memGb} GB, node ${r.machine.node}, ${r.machine.mediainfo ?? 'no mediainfo'}`);
  log(`load average (1 min): ${fmt(r.load.before, 2)} before, ${fmt(r.load.after, 2)} after`);
  log(`folder: ${b.files} files (${COUNTS.jpg} jpg, ${COUNTS.mp4} mp4, ${COUNTS.mp3} mp3), ${(b.bytes / 1e6).toFixed(1)} MB; medians of ${r.rounds} alternating rounds\n`);
  log('| run | median s | vs mediainfo | peak MB |');
  log('|---|---|---|---|');
  const row = (name, x) => x && log(`| ${name} | ${fmt(x.medianSec)} | ${fmt(ratio(x), 2)}x | ${fmt(x.peakMb, 0)} |`);
  row('mediainfo --Output=JSON (baseline)', b.mediainfo);
  row('seedance-preflight lint, cold', b.cold);
  row('seedance-preflight lint --cache, warm', b.warm);
  row('seedance-preflight lint --deep', b.deep);
  row('ffprobe per file, serial', b.ffprobeLoop);
  row('node -e 0 (the floor: Node starting with nothing to do)', b.node);
  log(`\n--help: ${fmt(r.helpSec * 1000, 0)} ms (median of 11)`);
  const target = (name, ok, what) => log(`${ok ? 'met    ' : 'NOT met'}  ${name}: ${what}`);
  log('\ntargets (issue 7):');
  if (b.mediainfo) {
    target('cold <= 1.0x mediainfo', ratio(b.cold) <= 1, `${fmt(ratio(b.cold), 2)}x`);
    target('warm <= 0.3x mediainfo', ratio(b.warm) <= 0.3, `${fmt(ratio(b.warm), 2)}x`);
  }
  target('peak memory <= 300 MB', Math.max(b.cold.peakMb, b.warm.peakMb) <= 300, `${fmt(Math.max(b.cold.peakMb, b.warm.peakMb), 0)} MB`);
  target('--help < 150 ms', r.helpSec < 0.15, `${fmt(r.helpSec * 1000, 0)} ms`);
  if (r.scaled) {
    const s = r.scaled;
    log(`\n${s.factor}x folder: ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB`);
    log(`  cold: ${fmt(s.cold.medianSec)} s = ${fmt(s.cold.medianSec / b.cold.medianSec, 2)}x the time of 1x (files ${s.factor}x); peak ${fmt(s.cold.peakMb, 0)} MB = ${fmt(s.cold.peakMb / b.cold.peakMb, 2)}x the memory`);
    log(`  warm: ${fmt(s.warm.medianSec)} s; mediainfo: ${fmt(s.mediainfo?.medianSec)} s`);
    target(`${s.factor}x files: <= ${s.factor}x time`, s.cold.medianSec / b.cold.medianSec <= s.factor, `${fmt(s.cold.medianSec / b.cold.medianSec, 2)}x`);
    target(`${s.factor}x files: memory flat (well under ${s.factor}x)`, s.cold.peakMb / b.cold.peakMb < 2, `${fmt(s.cold.peakMb / b.cold.peakMb, 2)}x`);
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exit(2);
});
