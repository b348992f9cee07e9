import { ConfigError, loadConfig } from '../config/index.js';
import { configResolver } from '../config/apply.js';
import { mergeReports, parseReport } from '../merge-reports.js';
import { FileTooLargeError, NotRegularFileError, readRegularFileSync } from '../lib/read-regular.js';
import path from 'node:path';
import { checkOutputFile, emitReport, type Format, type Gate, type GateValues, gateFrom, gateSpec, toolVersion } from './gate.js';
import { parseArgs } from './args.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/** A JSON report of a very large run is tens of MB; past this it is not one (or /dev/zero). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

// The zod-free part of the gate lives in gate.ts (lint loads only that when there is no config).
export * from './gate.js';

/** Reads the gate flags (parsed with gateSpec) and the config; mistakes are UsageErrors (exit 2). */
export function resolveGate(values: GateValues, cwd: string): Gate {
  let config;
  try {
    config = loadConfig({ cwd, configPath: values.config as string | undefined });
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(`config: ${e.message}`, 'fix the config file, or point --config at another one');
    throw e;
  }
  return gateFrom(values, cwd, config);
}

export const mergeReportsSpec = {
  format: gateSpec.format,
  'output-file': gateSpec['output-file'],
  'max-warnings': { type: 'string', int: { min: -1 } },
  color: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

export const mergeReportsHelp = `Usage: seedance-preflight merge-reports <report.json...> [--format F] [--output-file F]

Merges JSON reports (e.g. one per --shard job) into one report, printed in any format.
Exit 0 when the merged report has no errors (and no more warnings than --max-warnings), else 1.
`;

/** `seedance-preflight merge-reports a.json b.json --format sarif`: reads shard reports, prints one. */
export async function mergeReportsCommand(argv: string[], io: Io, cwd = process.cwd()): Promise<number> {
  const { positionals, values } = parseArgs(argv, mergeReportsSpec, 'merge-reports');
  if (values.help) return io.out(mergeReportsHelp), 0;
  if (positionals.length === 0) throw new UsageError('merge-reports needs at least one JSON report', 'e.g. seedance-preflight merge-reports reports/*.json');
  const reports = positionals.map((f) => {
    let text: string;
    try {
      text = readRegularFileSync(path.resolve(cwd, f), MAX_REPORT_BYTES).toString('utf8');
    } catch (e) {
      const why = e instanceof NotRegularFileError || e instanceof FileTooLargeError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
      throw new UsageError(`cannot read ${f}: ${why}`, 'give the JSON files lint --format json wrote');
    }
    try {
      return parseReport(text, f);
    } catch (e) {
      throw new UsageError((e as Error).message, 'give files written by lint --format json');
    }
  });
  const gate: Gate = {
    format: (values.format as Format | undefined) ?? 'json',
    outputFile: checkOutputFile(values['output-file'] as string | undefined, cwd),
    config: null,
    resolver: configResolver(null, cwd),
    maxWarnings: (values['max-warnings'] as number | undefined) ?? -1,
    toolVersion: toolVersion(),
  };
  return emitReport(mergeReports(reports), gate, io, { cwd, color: values.color === true });
}
