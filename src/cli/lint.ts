import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { lazyProbe, lint } from '../lint.js';
import { isUrl } from '../probes/is-url.js';
import type { Thumbs } from '../reporters/html/types.js';
import type { Report } from '../types.js';
import { wantsColor } from '../reporters/color.js';
import { cachedProbe, changedFiles, emitReport, fileFilter, gateSpec, modelFor, resolveGateLazy } from './gate.js';
import { parseArgs } from './args.js';
import { UsageError } from './errors.js';
import { lintHelp } from './help.js';
import { progress } from './progress.js';
import { remoteDebugLines } from './remote-debug.js';
import type { Io } from './io.js';
import { loadUserProfiles, profileFileSpec } from './profile-files.js';

export const lintSpec = {
  model: { type: 'string' },
  concurrency: { type: 'string', int: { min: 1 } },
  'max-warnings': { type: 'string', int: { min: -1 } },
  'max-credits': { type: 'string', int: { min: 0 } },
  'max-seconds': { type: 'string', int: { min: 0 } },
  quiet: { type: 'boolean' },
  'allow-private-urls': { type: 'boolean' },
  color: { type: 'boolean' },
  debug: { type: 'boolean' },
  changed: { type: 'string' },
  deep: { type: 'boolean' },
  'follow-symlinks-outside': { type: 'boolean' },
  'error-on-unmatched-pattern': { type: 'boolean' },
  help: { type: 'boolean' },
  ...profileFileSpec,
  ...gateSpec,
} as const;

export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, values: v } = parseArgs(argv, lintSpec, 'lint');
  if (v.help) return io.out(lintHelp), 0;
  if (positionals.length === 0) throw new UsageError('lint needs at least one file, folder or manifest', 'e.g. seedance-preflight lint assets/');
  const cwd = process.cwd();
  // --no-error-on-unmatched-pattern: a path that is not there is skipped, as ESLint skips an unmatched pattern
  const paths = v['error-on-unmatched-pattern'] === false ? positionals.filter((p) => isUrl(p) || existsSync(p)) : positionals;
  const gate = await resolveGateLazy(v, cwd);
  const profiles = await loadUserProfiles(v['profile-file'], gate.config);
  const changed = v.changed ? await changedFiles(String(v.changed), cwd) : undefined;
  const deep = Boolean(v.deep);
  const cached = gate.cache ? await cachedProbe(gate, cwd, lazyProbe, { deep }) : undefined;
  const bar = progress(io.stderr);
  let report: Report;
  try {
    report = await lint(paths, {
      model: modelFor(gate, v.model as string | undefined),
      profiles,
      concurrency: v.concurrency as number | undefined,
      allowPrivateUrls: Boolean(v['allow-private-urls']),
      probe: cached?.probe,
      probeSync: cached?.probeSync,
      accept: fileFilter(gate, cwd, changed),
      // --model beats the config, as flags beat config files in ESLint.
      profileFor: v.model || !gate.config ? undefined : (p) => gate.resolver.profileFor(p),
      onProgress: (e) => bar.tick(e.done, e.total, e.source),
      deep,
      maxCredits: v['max-credits'] as number | undefined,
      maxSeconds: v['max-seconds'] as number | undefined,
      followSymlinksOutside: Boolean(v['follow-symlinks-outside']),
    });
  } finally {
    bar.done();
  }
  const warn = await cached?.save();
  if (warn) io.err(warn);
  if (cached && v.debug) io.err(`seedance-preflight: cache ${cached.cache.file}: ${cached.cache.stats.hits} hits, ${cached.cache.stats.misses} probed\n`);
  if (v.debug) io.err(remoteDebugLines(report.assets));
  // as ESLint: a run that finds nothing to check is a mistake in the paths, unless it may legitimately be empty
  if (report.summary.assets + report.summary.requests === 0 && v['error-on-unmatched-pattern'] !== false && !gate.shard && !changed) {
    throw new UsageError(`no files found in ${positionals.map((p) => `'${p}'`).join(', ')} (images, videos, audio or request manifests .json)`, 'check the paths, or pass --no-error-on-unmatched-pattern to allow an empty run');
  }
  const color = typeof v.color === 'boolean' ? v.color : wantsColor(io.stdout);
  // html needs thumbnails (I/O) before the pure builder runs; same concurrency as the lint, cached beside the probe cache.
  let thumbs: Thumbs | undefined;
  if (gate.format === 'html') {
    try {
      const { generateThumbs, thumbCacheBeside } = await import('../reporters/html/thumbs.js');
      thumbs = await generateThumbs(report, {
        concurrency: (v.concurrency as number | undefined) ?? availableParallelism(),
        cwd,
        cache: cached && gate.cache ? { file: thumbCacheBeside(cached.cache.file), strategy: gate.cache.strategy, toolVersion: gate.toolVersion } : undefined,
        onProgress: (e) => bar.tick(e.done, e.total, e.source, 'thumbnails'),
      });
    } finally {
      bar.done();
    }
  }
  return emitReport(report, gate, io, { cwd, color, quiet: Boolean(v.quiet), thumbs });
}
