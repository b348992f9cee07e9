import { lint } from '../lint.js';
import { formatJson } from '../reporters/json.js';
import { formatPretty } from '../reporters/pretty.js';
import { wantsColor } from '../reporters/color.js';
import { parseArgs } from './args.js';
import { UsageError } from './errors.js';
import { lintHelp } from './help.js';
import { progress } from './progress.js';
import type { Io } from './io.js';

export const lintSpec = {
  model: { type: 'string' },
  format: { type: 'string', choices: ['pretty', 'json'] },
  concurrency: { type: 'string', int: { min: 1 } },
  'max-warnings': { type: 'string', int: { min: -1 } },
  quiet: { type: 'boolean' },
  'allow-private-urls': { type: 'boolean' },
  color: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, values: v } = parseArgs(argv, lintSpec, 'lint');
  if (v.help) return io.out(lintHelp), 0;
  if (positionals.length === 0) throw new UsageError('lint needs at least one file, folder or manifest', 'e.g. seedance-preflight lint assets/');
  const bar = progress(io.stderr);
  const report = await lint(positionals, {
    model: v.model as string | undefined,
    concurrency: v.concurrency as number | undefined,
    allowPrivateUrls: Boolean(v['allow-private-urls']),
    onProgress: (e) => bar.tick(e.done, e.source),
  });
  bar.done();
  const color = typeof v.color === 'boolean' ? v.color : wantsColor(io.stdout);
  io.out(v.format === 'json' ? formatJson(report) : formatPretty(report, { color, quiet: Boolean(v.quiet) }));
  const maxWarnings = (v['max-warnings'] as number | undefined) ?? -1;
  const tooManyWarnings = maxWarnings >= 0 && report.summary.warnings > maxWarnings;
  if (tooManyWarnings && v.format !== 'json') io.err(`seedance-preflight: ${report.summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  return report.ok && !tooManyWarnings ? 0 : 1;
}
