import { readFileSync } from 'node:fs';
import { PreflightUsageError } from '../errors.js';
import type { Report } from '../types.js';

export const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'github', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatterOptions {
  /** Paths in the output are relative to this folder (default: the working directory). */
  cwd?: string;
  /** ANSI colours (pretty only; default false). */
  color?: boolean;
}

/** A report format: a pure function of the report. */
export type Formatter = (report: Report, options?: FormatterOptions) => string;

const toolVersion = (): string => JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/**
 * The formatter of a report format, as the CLI's `--format` uses it (the html one without thumbnails).
 *
 * @example
 *   const sarif = await loadFormatter('sarif');
 *   await writeFile('report.sarif', sarif(report));
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  const ctx = (o: FormatterOptions = {}) => ({ cwd: o.cwd ?? process.cwd(), toolVersion: toolVersion() });
  switch (name) {
    case 'pretty': {
      const { formatPretty } = await import('./pretty.js');
      return (r, o) => formatPretty(r, { color: o?.color ?? false });
    }
    case 'json': {
      const { formatJson } = await import('./json.js');
      return (r) => formatJson(r);
    }
    case 'sarif': {
      const { formatSarif } = await import('./sarif.js');
      return (r, o) => formatSarif(r, ctx(o));
    }
    case 'junit': {
      const { formatJunit } = await import('./junit.js');
      return (r, o) => formatJunit(r, ctx(o));
    }
    case 'github': {
      const { formatGithub } = await import('./github.js');
      return (r, o) => formatGithub(r, ctx(o));
    }
    case 'html': {
      const { buildHtml } = await import('./html/index.js');
      return (r, o) => buildHtml(r, new Map(), ctx(o));
    }
    default:
      throw new PreflightUsageError('bad_option', `unknown report format '${String(name)}'`, `use one of: ${FORMATS.join(', ')}`);
  }
}
