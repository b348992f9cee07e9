import type { Paint } from '../reporters/color.js';
import type { FixReport } from './types.js';

const FROM = { option: 'as named', env: 'from SEEDANCE_PREFLIGHT_FFMPEG', path: 'the newest found, on PATH', bundled: 'the bundled @ffmpeg-installer build' } as const;

export interface FixPrettyOptions {
  /** Under each file, the commands that produce it. */
  commands?: boolean;
  /** Say which ffmpeg runs. */
  verbose?: boolean;
}

/** The fix report for a terminal: one block per input, then a summary line. */
export function formatFixPretty(r: FixReport, p: Paint, o: FixPrettyOptions = {}): string {
  const lines: string[] = [];
  const label = (s: string) => s.padEnd(11);
  const pad = ' '.repeat(11);
  if (o.verbose) lines.push(p.dim(r.ffmpeg ? `ffmpeg ${r.ffmpeg.version} at ${r.ffmpeg.path} (${FROM[r.ffmpeg.from]})` : 'ffmpeg: none runs here (videos, audio and bmp cannot be fixed)'), '');
  for (const f of r.fixed) {
    lines.push(`${p.green(label(r.dryRun ? 'would fix' : 'fixed'))}${f.source} → ${f.output}`);
    for (const a of f.actions) lines.push(`${pad}${a.text}  ${p.dim(a.code)}`);
    for (const b of f.fallbacks) lines.push(`${pad}${p.yellow(b.text)}`);
    if (o.commands) for (const c of f.commands) lines.push(`${pad}${p.dim(c.tool === 'ffmpeg' ? '$' : '// sharp (Node):')} ${c.line}`);
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
