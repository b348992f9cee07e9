import type { Paint } from '../reporters/color.js';
import type { FixReport } from './types.js';

/** The fix report for a terminal: one block per input, then a summary line. */
export function formatFixPretty(r: FixReport, p: Paint): string {
  const lines: string[] = [];
  const label = (s: string) => s.padEnd(11);
  for (const f of r.fixed) {
    lines.push(`${p.green(label(r.dryRun ? 'would fix' : 'fixed'))}${f.source} → ${f.output}`);
    for (const a of f.actions) lines.push(`${' '.repeat(11)}${a.text}  ${p.dim(a.code)}`);
  }
  for (const u of r.unchanged) lines.push(`${p.dim(label('unchanged'))}${u.source}`);
  for (const u of r.unfixable) {
    lines.push(`${p.red(label('unfixable'))}${u.source}`);
    lines.push(`${' '.repeat(11)}${u.reason}  ${p.dim(u.code)}`);
    if (u.output) lines.push(`${' '.repeat(11)}${p.dim(`partly fixed manifest: ${u.output}`)}`);
  }
  for (const f of r.failed) {
    lines.push(`${p.red(label('failed'))}${f.source} → ${f.output}`);
    lines.push(`${' '.repeat(11)}${f.reason}${f.codes.length ? `  ${p.dim(f.codes.join(', '))}` : ''}`);
    for (const s of f.stderr ?? []) lines.push(`${' '.repeat(13)}${p.dim(`| ${s}`)}`);
  }
  const counts = `${r.fixed.length} ${r.dryRun ? 'to fix' : 'fixed'}, ${r.unchanged.length} unchanged, ${r.unfixable.length} unfixable, ${r.failed.length} failed`;
  const where = r.dryRun ? 'dry run: nothing written' : `written to ${r.out}`;
  lines.push('', `${r.ok ? p.green('✔') : p.red('✖')} ${counts} (profile ${r.profile}); ${where}`);
  return lines.join('\n') + '\n';
}
