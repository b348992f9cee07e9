import { availableParallelism } from 'node:os';
import path from 'node:path';
import { lazyProbe, lint } from '../lint.js';
import { wantsColor } from '../reporters/color.js';
import { cachedProbe, changedFiles, emitReport, fileFilter, gateSpec, modelFor, resolveGateLazy } from './gate.js';
import { parseArgs } from './args.js';
import { UsageError } from './errors.js';
import { lintHelp } from './help.js';
import { progress } from './progress.js';
import { remoteDebugLines } from './remote-debug.js';
import type { Io } from './io.js';

export const lintSpec = {
  model: { type: 'string' },
  concurrency: { type: 'string', int: { min: 1 } },
  'max-warnings': { type: 'string', int: { min: -1 } },
  quiet: { type: 'boolean' },
  'allow-private-urls': { type: 'boolean' },
  color: { type: 'boolean' },
  debug: { type: 'boolean' },
  changed: { type: 'string' },
  deep: { type: 'boolean' },
  'follow-symlinks-outside': { type: 'boolean' },
  help: { type: 'boolean' },
  ...gateSpec,
} as const;

export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, values: v } = parseArgs(argv, lintSpec, 'lint');
  if (v.help) return io.out(lintHelp), 0;
  if (positionals.length === 0) throw new UsageError('lint needs at least one file, folder or manifest', 'e.g. seedance-preflight lint assets/');
  const cwd = process.cwd();
  const gate = await resolveGateLazy(v, cwd);
  const changed = v.changed ? await changedFiles(String(v.changed), cwd) : undefined;
  const deep = Boolean(v.deep);
  const cached = gate.cache ? await cachedProbe(gate, cwd, lazyProbe, { deep }) : undefined;
  const bar = progress(io.stderr);
  const report = await lint(positionals, {
    model: modelFor(gate, v.model as string | undefined),
    concurrency: v.concurrency as number | undefined,
    allowPrivateUrls: Boolean(v['allow-private-urls']),
    probe: cached?.probe,
    accept: fileFilter(gate, cwd, changed),
    // --model beats the config, as flags beat config files in ESLint.
    profileFor: v.model || !gate.config ? undefined : (p) => gate.resolver.profileFor(p),
    onProgress: (e) => bar.tick(e.done, e.source),
    deep,
    followSymlinksOutside: Boolean(v['follow-symlinks-outside']),
  });
  bar.done();
  const warn = await cached?.save();
  if (warn) io.err(warn);
  if (cached && v.debug) io.err(`seedance-preflight: cache ${cached.cache.file}: ${cached.cache.stats.hits} hits, ${cached.cache.stats.misses} probed\n`);
  if (v.debug) io.err(remoteDebugLines(report.assets));
  const color = typeof v.color === 'boolean' ? v.color : wantsColor(io.stdout);
  // html needs thumbnails (I/O) before the pure builder runs; same concurrency as the lint, cached beside the probe cache.
  const thumbs = gate.format === 'html'
    ? await (await import('../reporters/html/thumbs.js')).generateThumbs(report, {
        concurrency: (v.concurrency as number | undefined) ?? availableParallelism(),
        cwd,
        cache: cached && gate.cache ? { dir: path.dirname(cached.cache.file), strategy: gate.cache.strategy, toolVersion: gate.toolVersion } : undefined,
      })
    : undefined;
  return emitReport(report, gate, io, { cwd, color, quiet: Boolean(v.quiet), thumbs });
}
