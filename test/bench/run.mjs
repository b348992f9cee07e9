#!/usr/bin/env node
// `npm run bench`: times seedance-preflight against a baseline for each scenario, rounds interleaved,
// in one run on this machine, and prints every figure as a ratio to its baseline from the same run,
// with the load average (other work on the machine skews absolute times; ratios much less).
//   local folder (240 files): cold and warm lint vs mediainfo given the same explicit file list
//     (checked: one entry per file), node -e 0 (Node's start), a serial ffprobe loop;
//   remote (12 URLs, 9 JPEG + 3 MP4, on a loopback store answering after 0/20/100 ms): lint of the
//     URLs vs mediainfo on the URLs and vs downloading all 12 in parallel (curl -Z) then linting;
//     a library preflight() of the 12 URLs in round trips; bytes, requests, connections per lint;
//   library import time vs node -e 0.
// Options: --rounds N (default 5); --scale N: the folder linked N times (hard links; 100 gives the
// 24,000-file case) for warm and cold scaling vs the read floor (test/bench/floor.mjs), the warm run
// also shown against the stat floor (floor.mjs --stat);
// --deep: lint --deep per kind vs the matching ffmpeg/ffprobe loops; --no-remote; --json.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HERE = join(ROOT, 'test', 'bench');
const BIN = join(ROOT, 'bin', 'seedance-preflight.js');
const OUT = join(ROOT, 'fixtures', '.bench');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const ROUNDS = opt('rounds', 5);
const SCALE = opt('scale', 0);
const DEEP = args.includes('--deep');
const REMOTE = !args.includes('--no-remote');
const JSON_OUT = args.includes('--json');
const log = (...a) => (JSON_OUT ? process.stderr : process.stdout).write(a.join(' ') + '\n');
const COUNTS = { jpg: 120, mp4: 60, mp3: 60 };
const DELAYS = [0, 20, 100];

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const has = (cmd, a) => spawnSync(cmd, a).status === 0;
const MEDIAINFO = has('mediainfo', ['--Version']) ? 'mediainfo' : null;
const CURL = has('curl', ['--version']) ? 'curl' : null;

async function binaries() {
  const { ffmpegPath, ffprobePath } = await import(join(ROOT, 'dist', 'lib', 'binaries.js'));
  return { ffmpeg: ffmpegPath(), ffprobe: ffprobePath() };
}

const filesOf = (dir) => readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => join(dir, f));

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
  for (const a of jobs) run(ffmpeg, ['-v', 'error', '-y', ...a]);
  writeFileSync(stamp, new Date().toISOString());
}

/** 9 camera-sized JPEGs and 3 MP4s with the moov at the end (ffmpeg's default), a few MB each. */
async function buildRemote(dir, ffmpeg) {
  const stamp = join(dir, '.complete');
  if (existsSync(stamp)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`building 9 jpg and 3 mp4 for the remote scenario in ${dir} ...`);
  const sharp = (await import('sharp')).default;
  for (let i = 0; i < 9; i++) {
    await sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 20 * i, g: 128, b: 200 }, noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
      .jpeg({ quality: 85 })
      .toFile(join(dir, `photo-${i}.jpg`));
  }
  for (let i = 0; i < 3; i++) {
    run(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=size=1280x720:rate=30:duration=8`, '-vf', `hue=h=${i * 40}`, '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '4M', '-pix_fmt', 'yuv420p', join(dir, `clip-${i}.mp4`)]);
  }
  writeFileSync(stamp, new Date().toISOString());
}

/** The base folder linked n times (hard links: no disk space, same bytes, distinct paths). */
function buildLinked(base, dir, n) {
  const stamp = join(dir, `.complete-${n}`);
  if (existsSync(stamp)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`linking the base folder ${n} times in ${dir} ...`);
  for (const f of filesOf(base)) for (let k = 0; k < n; k++) linkSync(f, join(dir, `${k}-${f.split('/').pop()}`));
  writeFileSync(stamp, new Date().toISOString());
}

/** One folder per kind, linked from the base (for --deep per kind). */
function buildKinds(base) {
  const out = {};
  for (const ext of ['jpg', 'mp4', 'mp3']) {
    const dir = join(OUT, `kind-${ext}`);
    if (!existsSync(join(dir, '.complete'))) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const f of filesOf(base).filter((x) => x.endsWith(`.${ext}`))) linkSync(f, join(dir, f.split('/').pop()));
      writeFileSync(join(dir, '.complete'), '');
    }
    out[ext] = dir;
  }
  return out;
}

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: ${r.stderr}`);
}

/**
 * Node 20 reads and parses the certificate file named by NODE_EXTRA_CA_CERTS at every start, used or not
 * (Node 22.23 starts as fast with it as without): ~70 ms on a 220 kB system bundle. When this environment
 * sets it, the Node commands that decide the start-bound figures are also timed without it, and both are
 * printed; the targets are judged as the environment runs them.
 */
const EXTRA_CA = process.env.NODE_EXTRA_CA_CERTS;
const BARE_ENV = (() => {
  const e = { ...process.env };
  delete e.NODE_EXTRA_CA_CERTS;
  return e;
})();

/** Wall time (s) and peak RSS (MB, when /usr/bin/time is there) of one command, output discarded. */
function measure(cmd, argv, okCodes = [0, 1], env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%M', cmd, ...argv], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, env })
    : spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, env });
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!okCodes.includes(r.status)) throw new Error(`${cmd} exited ${r.status}: ${String(r.stderr).slice(-400)}`);
  const kb = TIME ? Number(String(r.stderr).trim().split('\n').pop()) : NaN;
  return { sec, mb: kb / 1024 };
}

/** Wall time of a loop of one process per file. */
function loop(cmd, argsFor, files) {
  const t0 = process.hrtime.bigint();
  for (const f of files) spawnSync(cmd, argsFor(f), { stdio: ['ignore', 'ignore', 'ignore'] });
  return { sec: Number(process.hrtime.bigint() - t0) / 1e9, mb: NaN };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const maxOf = (xs) => { const f = xs.filter((x) => Number.isFinite(x)); return f.length ? Math.max(...f) : NaN; };
const summary = (t) => Object.fromEntries(Object.entries(t).filter(([, xs]) => xs.length).map(([k, xs]) => [k, { medianSec: median(xs.map((x) => x.sec)), peakMb: maxOf(xs.map((x) => x.mb)), runs: xs.length }]));
const lintArgs = (target, extra = []) => [BIN, 'lint', ...target, '--format', 'json', ...extra];

/** mediainfo given every file explicitly (a folder of numbered JPEGs is one "image sequence" to it): one entry per file, checked. */
function checkMediainfo(files) {
  const r = spawnSync(MEDIAINFO, ['--Output=JSON', ...files], { maxBuffer: 1 << 30 });
  const json = JSON.parse(String(r.stdout));
  const entries = (Array.isArray(json) ? json : [json]).filter((e) => e.media);
  if (entries.length !== files.length) throw new Error(`mediainfo gave ${entries.length} entries for ${files.length} files`);
  return entries.length;
}

/** Cold and warm lint of a folder vs mediainfo (same file list), node -e 0, a serial ffprobe loop, rounds interleaved. */
function localSeries(dir, ffprobe, rounds, o) {
  const files = filesOf(dir);
  const cache = join(OUT, `cache-${dir.split('/').pop()}.json`);
  rmSync(cache, { force: true });
  measure(process.execPath, lintArgs([dir], ['--cache', '--cache-location', cache])); // prime the warm cache
  if (o.mediainfo && MEDIAINFO) checkMediainfo(files);
  const t = { cold: [], warm: [], mediainfo: [], node: [], loop: [], floor: [], statFloor: [], coldBare: [], warmBare: [], nodeBare: [], floorBare: [] };
  const bare = Boolean(EXTRA_CA);
  for (let r = 0; r < rounds; r++) {
    t.cold.push(measure(process.execPath, lintArgs([dir])));
    t.node.push(measure(process.execPath, ['-e', '0']));
    if (bare) {
      t.coldBare.push(measure(process.execPath, lintArgs([dir]), [0, 1], BARE_ENV));
      t.warmBare.push(measure(process.execPath, lintArgs([dir], ['--cache', '--cache-location', cache]), [0, 1], BARE_ENV));
      t.nodeBare.push(measure(process.execPath, ['-e', '0'], [0], BARE_ENV));
      if (o.floor) t.floorBare.push(measure(process.execPath, [join(HERE, 'floor.mjs'), dir], [0], BARE_ENV));
    }
    if (o.mediainfo && MEDIAINFO) t.mediainfo.push(measure(MEDIAINFO, ['--Output=JSON', ...files], [0]));
    t.warm.push(measure(process.execPath, lintArgs([dir], ['--cache', '--cache-location', cache])));
    if (o.floor) t.floor.push(measure(process.execPath, [join(HERE, 'floor.mjs'), dir], [0]));
    if (o.floor) t.statFloor.push(measure(process.execPath, [join(HERE, 'floor.mjs'), '--stat', dir], [0]));
    if (o.loop && r === 0) t.loop.push(loop(ffprobe, (f) => ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', f], files));
  }
  return { files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0), ...summary(t) };
}

/** Starts the delaying store as its own process; resolves with its port and a stats reader. */
function startStore(dir, delay) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(HERE, 'store.mjs'), dir, String(delay)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.stdout.once('data', (d) => {
      const port = Number(/PORT (\d+)/.exec(String(d))?.[1]);
      const get = (p) => JSON.parse(execFileSync(CURL ?? 'curl', ['-s', `http://127.0.0.1:${port}${p}`]).toString());
      resolve({ port, stats: () => get('/__stats'), reset: () => get('/__reset'), stop: () => child.kill('SIGTERM') });
    });
  });
}

async function remoteSeries(dir, rounds) {
  const names = filesOf(dir).map((f) => f.split('/').pop());
  const bytes = filesOf(dir).reduce((n, f) => n + statSync(f).size, 0);
  const out = { files: names.length, bytes, delays: {} };
  const dl = join(OUT, 'remote-download');
  for (const delay of DELAYS) {
    const store = await startStore(dir, delay);
    const urls = names.map((n) => `http://127.0.0.1:${store.port}/${n}`);
    // correctness first: every URL checked, no URL failure
    const check = JSON.parse(String(spawnSync(process.execPath, lintArgs(urls, ['--allow-private-urls']), { maxBuffer: 1 << 26 }).stdout));
    const failed = check.assets.filter((a) => a.facts.failure);
    if (check.assets.length !== urls.length || failed.length) throw new Error(`remote lint at ${delay} ms: ${failed.map((a) => a.facts.failure.reason).join(', ')}`);
    if (MEDIAINFO) checkMediainfo(urls);
    store.reset();
    measure(process.execPath, lintArgs(urls, ['--allow-private-urls']));
    const wire = store.stats();
    const t = { lint: [], mediainfo: [], download: [], node: [], lintBare: [] };
    const curlArgs = ['-Z', '--parallel-max', '12', '-s', '-f', ...urls.flatMap((u, i) => ['-o', join(dl, names[i]), u])];
    for (let r = 0; r < rounds; r++) {
      t.lint.push(measure(process.execPath, lintArgs(urls, ['--allow-private-urls'])));
      if (EXTRA_CA && delay === 0) t.lintBare.push(measure(process.execPath, lintArgs(urls, ['--allow-private-urls']), [0, 1], BARE_ENV));
      if (MEDIAINFO) t.mediainfo.push(measure(MEDIAINFO, ['--Output=JSON', ...urls], [0]));
      if (CURL) {
        rmSync(dl, { recursive: true, force: true });
        mkdirSync(dl, { recursive: true });
        const t0 = process.hrtime.bigint();
        measure(CURL, curlArgs, [0]);
        const lint = measure(process.execPath, lintArgs([dl]));
        t.download.push({ sec: Number(process.hrtime.bigint() - t0) / 1e9, mb: lint.mb });
      }
      t.node.push(measure(process.execPath, ['-e', '0']));
    }
    // the library: one preflight() of the 12 URLs, in round trips of this delay
    const lib = [];
    for (let r = 0; r < Math.min(rounds, 3); r++) {
      const p = spawnSync(process.execPath, [join(HERE, 'preflight-urls.mjs'), join(ROOT, 'dist', 'index.js'), ...urls], { maxBuffer: 1 << 26 });
      const res = JSON.parse(String(p.stdout));
      if (res.failed.length || res.assets !== urls.length) throw new Error(`preflight() of URLs: ${res.failed.join('; ')}`);
      lib.push(res.ms);
    }
    store.stop();
    out.delays[delay] = { ...summary(t), wire, preflightMs: median(lib) };
  }
  rmSync(dl, { recursive: true, force: true });
  return out;
}

/** What a library user pays to import the package: timed inside the process (Node's own start excluded), and the whole process vs node -e 0. */
function importSeries(rounds) {
  const index = join(ROOT, 'dist', 'index.js');
  const t = { import: [], node: [] };
  const inProcess = [];
  const code = `const t = performance.now(); await import(${JSON.stringify(index)}); process.stdout.write(String(performance.now() - t));`;
  for (let r = 0; r < Math.max(rounds, 7); r++) {
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', code]);
    if (p.status !== 0) throw new Error(`import: ${p.stderr}`);
    inProcess.push(Number(String(p.stdout)));
    t.import.push(measure(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(index)})`], [0]));
    t.node.push(measure(process.execPath, ['-e', '0'], [0]));
  }
  return { ...summary(t), inProcessMs: median(inProcess) };
}

function deepSeries(base, ffmpeg, ffprobe, rounds) {
  const kinds = buildKinds(base);
  const out = {};
  for (const [ext, dir] of Object.entries(kinds)) {
    const files = filesOf(dir);
    // the like-for-like loop: a full decode for images, every packet demuxed for video and audio
    const peer = ext === 'jpg'
      ? () => loop(ffmpeg, (f) => ['-v', 'error', '-i', f, '-f', 'null', '-'], files)
      : () => loop(ffprobe, (f) => ['-v', 'error', '-count_packets', '-show_entries', 'stream=nb_read_packets', f], files);
    const t = { deep: [], loop: [] };
    for (let r = 0; r < rounds; r++) {
      t.deep.push(measure(process.execPath, lintArgs([dir], ['--deep'])));
      t.loop.push(peer());
    }
    out[ext] = { files: files.length, ...summary(t) };
  }
  return out;
}

const fmt = (x, d = 3) => (x == null || !Number.isFinite(x) ? '-' : x.toFixed(d));
const ratio = (a, b) => (a && b ? a.medianSec / b.medianSec : NaN);

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')) || !existsSync(join(ROOT, 'dist', 'bin', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (!MEDIAINFO) log('mediainfo is not installed: `apt-get update && apt-get install -y mediainfo` (Debian) for the baseline; timing the rest.');
  const { ffmpeg, ffprobe } = await binaries();
  const base = join(OUT, 'base');
  await buildBase(base, ffmpeg);
  if (REMOTE) await buildRemote(join(OUT, 'remote'), ffmpeg);
  if (SCALE > 1) buildLinked(base, join(OUT, `linked-${SCALE}`), SCALE);
  const load = [loadavg()[0]];
  const result = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memGb: Math.round(totalmem() / 2 ** 30), node: process.version, mediainfo: MEDIAINFO ? String(spawnSync('mediainfo', ['--Version']).stdout).trim().split('\n').pop() : null },
    rounds: ROUNDS,
    base: localSeries(base, ffprobe, ROUNDS, { mediainfo: true, loop: true, floor: true }),
    import: importSeries(ROUNDS),
  };
  load.push(loadavg()[0]);
  if (REMOTE) {
    result.remote = await remoteSeries(join(OUT, 'remote'), ROUNDS);
    load.push(loadavg()[0]);
  }
  if (SCALE > 1) {
    // mediainfo is left out here: it holds every file's result in memory (1.5 GB at 24,000 files)
    result.scaled = { factor: SCALE, ...localSeries(join(OUT, `linked-${SCALE}`), ffprobe, Math.max(1, Math.min(ROUNDS, 3)), { floor: true }) };
    load.push(loadavg()[0]);
  }
  if (DEEP) {
    result.deep = deepSeries(base, ffmpeg, ffprobe, Math.max(1, Math.min(ROUNDS, 2)));
    load.push(loadavg()[0]);
  }
  result.load = load;
  report(result);
}

function report(r) {
  if (JSON_OUT) return void process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  const b = r.base;
  const target = (name, ok, what) => log(`${ok ? 'met    ' : 'NOT met'}  ${name}: ${what}`);
  log(`\nseedance-preflight benchmark, ${r.date}`);
  log(`machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memGb} GB, node ${r.machine.node}, ${r.machine.mediainfo ?? 'no mediainfo'}`);
  log(`1-minute load average at the start and after each part: ${r.load.map((x) => fmt(x, 1)).join(', ')}${Math.max(...r.load) > r.machine.cores ? ' (the machine was busy: trust the ratios, not the seconds)' : ''}`);
  log(`medians of ${r.rounds} interleaved rounds; every ratio is to the baseline named, from this run\n`);

  log(`local folder: ${b.files} files (${COUNTS.jpg} jpg, ${COUNTS.mp4} mp4, ${COUNTS.mp3} mp3), ${(b.bytes / 1e6).toFixed(1)} MB, mediainfo given the ${b.files} files (one entry each, checked)`);
  log('| run | median s | vs mediainfo | peak MB |');
  log('|---|---|---|---|');
  const row = (name, x) => x && log(`| ${name} | ${fmt(x.medianSec)} | ${fmt(ratio(x, b.mediainfo), 2)}x | ${fmt(x.peakMb, 0)} |`);
  row('mediainfo --Output=JSON <files> (baseline)', b.mediainfo);
  row('lint, cold', b.cold);
  row('lint --cache, warm', b.warm);
  row('read floor: 64 KiB head + tail per file (floor.mjs)', b.floor);
  row('stat floor: a stat per file (floor.mjs --stat)', b.statFloor);
  row('ffprobe per file, serial', b.loop);
  row('node -e 0 (Node starting with nothing to do)', b.node);
  if (b.nodeBare) {
    row('lint, cold, without NODE_EXTRA_CA_CERTS', b.coldBare);
    row('lint --cache, warm, without NODE_EXTRA_CA_CERTS', b.warmBare);
    row('read floor without NODE_EXTRA_CA_CERTS', b.floorBare);
    row('node -e 0 without NODE_EXTRA_CA_CERTS', b.nodeBare);
    log(`NODE_EXTRA_CA_CERTS is set here: Node ${r.machine.node} parses that file at every start, ${fmt((b.node.medianSec - b.nodeBare.medianSec) * 1000, 0)} ms of each run above (judged as run; the rows without it are for comparison)`);
  }
  log(`library import: ${fmt(r.import.inProcessMs, 0)} ms timed in the process; the whole process ${fmt(r.import.import.medianSec)} s, ${fmt((r.import.import.medianSec - r.import.node.medianSec) * 1000, 0)} ms above node -e 0 (${fmt(r.import.node.medianSec)} s)\n`);

  if (r.remote) {
    const rm = r.remote;
    log(`remote: ${rm.files} URLs (9 jpg, 3 mp4, moov at the end), ${(rm.bytes / 1e6).toFixed(1)} MB, loopback store answering after the delay`);
    log('| delay | lint URLs s | mediainfo URLs s | download (curl -Z) + lint s | lint vs mediainfo | lint vs download+lint | preflight() of the 12 | lint: requests, connections, bytes read |');
    log('|---|---|---|---|---|---|---|---|');
    for (const [d, x] of Object.entries(rm.delays)) {
      const rtt = Number(d) > 0 ? ` = ${fmt(x.preflightMs / Number(d), 1)} round trips` : '';
      log(`| ${d} ms | ${fmt(x.lint?.medianSec)} | ${fmt(x.mediainfo?.medianSec)} | ${fmt(x.download?.medianSec)} | ${fmt(ratio(x.lint, x.mediainfo), 2)}x | ${fmt(ratio(x.lint, x.download), 2)}x | ${fmt(x.preflightMs, 0)} ms${rtt} | ${x.wire.requests}, ${x.wire.connections}, ${fmt((100 * x.wire.bytes) / rm.bytes, 1)}% |`);
    }
    log('');
  }
  if (r.scaled) {
    const s = r.scaled;
    log(`${s.factor}x folder (hard links): ${s.files} files`);
    // the stat floor is not a target: it shows how much of the warm run any checker must spend
    log(`  warm: ${fmt(s.warm.medianSec)} s = ${fmt(ratio(s.warm, b.warm), 2)}x warm of ${b.files} files; ${fmt(ratio(s.warm, s.statFloor), 2)}x the stat floor (${fmt(s.statFloor.medianSec)} s; ${fmt(b.statFloor.medianSec)} s at ${b.files}); peak ${fmt(s.warm.peakMb, 0)} MB`);
    log(`  cold: ${fmt(s.cold.medianSec)} s = ${fmt(ratio(s.cold, s.floor), 2)}x the read floor (${fmt(s.floor.medianSec)} s); peak ${fmt(s.cold.peakMb, 0)} MB = ${fmt(s.cold.peakMb / b.cold.peakMb, 2)}x the ${b.files}-file run\n`);
  }
  if (r.deep) {
    log('--deep per kind vs the like-for-like loop (images: ffmpeg decode to null; video/audio: ffprobe -count_packets)');
    log('| kind | files | lint --deep s | loop s | ratio |');
    log('|---|---|---|---|---|');
    for (const [k, x] of Object.entries(r.deep)) log(`| ${k} | ${x.files} | ${fmt(x.deep.medianSec)} | ${fmt(x.loop.medianSec)} | ${fmt(ratio(x.deep, x.loop), 2)}x |`);
    log('');
  }
  log('targets:');
  const withoutCa = (x, base) => (x ? `; without NODE_EXTRA_CA_CERTS ${fmt(ratio(x, base), 2)}x` : '');
  if (b.mediainfo) target('cold <= 0.3x mediainfo (240 files)', ratio(b.cold, b.mediainfo) <= 0.3, `${fmt(ratio(b.cold, b.mediainfo), 2)}x${withoutCa(b.coldBare, b.mediainfo)}`);
  target('library import <= 100 ms (timed in the process)', r.import.inProcessMs <= 100, `${fmt(r.import.inProcessMs, 0)} ms`);
  if (r.remote) {
    const at100 = r.remote.delays[100];
    target('12 URLs at 100 ms <= 0.5 s', at100.lint.medianSec <= 0.5, `${fmt(at100.lint.medianSec)} s`);
    for (const [d, x] of Object.entries(r.remote.delays)) {
      if (x.mediainfo) target(`${d} ms: lint <= mediainfo on URLs`, ratio(x.lint, x.mediainfo) <= 1, `${fmt(ratio(x.lint, x.mediainfo), 2)}x${withoutCa(x.lintBare, x.mediainfo)}`);
      if (x.download) target(`${d} ms: lint <= download + lint`, ratio(x.lint, x.download) <= 1, `${fmt(ratio(x.lint, x.download), 2)}x`);
      target(`${d} ms: <= 10% of the bytes`, x.wire.bytes <= 0.1 * r.remote.bytes, `${fmt((100 * x.wire.bytes) / r.remote.bytes, 1)}%`);
      if (Number(d) > 0) target(`${d} ms: preflight() of 12 URLs <= 3 round trips`, x.preflightMs <= 3 * Number(d), `${fmt(x.preflightMs / Number(d), 1)}`);
    }
  }
  if (r.scaled) {
    // without the extra certificates the 240-file run loses a larger share of its time: this ratio grows
    target(`warm ${r.scaled.files} files <= 3x warm ${b.files}`, ratio(r.scaled.warm, b.warm) <= 3, `${fmt(ratio(r.scaled.warm, b.warm), 2)}x${withoutCa(r.scaled.warmBare, b.warmBare)}`);
    target(`cold ${r.scaled.files} files <= 1.5x the read floor`, ratio(r.scaled.cold, r.scaled.floor) <= 1.5, `${fmt(ratio(r.scaled.cold, r.scaled.floor), 2)}x${withoutCa(r.scaled.coldBare, r.scaled.floorBare)}`);
    target('memory flat', r.scaled.cold.peakMb / b.cold.peakMb < 4, `${fmt(r.scaled.cold.peakMb, 0)} MB at ${r.scaled.files} files, ${fmt(b.cold.peakMb, 0)} MB at ${b.files}`);
  }
  if (r.deep) for (const [k, x] of Object.entries(r.deep)) target(`--deep ${k} <= its loop`, ratio(x.deep, x.loop) <= 1, `${fmt(ratio(x.deep, x.loop), 2)}x`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exit(2);
});
