import { findProfile, profileIds, profiles } from '../profiles/index.js';
import { flatLimits } from '../profiles/flat.js';
import type { Profile, Source } from '../profiles/types.js';
import { parseArgs } from './args.js';
import { UsageError, suggest } from './errors.js';
import type { Io } from './io.js';

/** `profiles [ID]`: each profile and its limits with the public document each comes from. */
export async function profilesCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs(argv, { format: { type: 'string', choices: ['pretty', 'json'] }, help: { type: 'boolean' } }, 'profiles');
  if (values.help) return io.out('Usage: seedance-preflight profiles [ID or model] [--format pretty|json]\n'), 0;
  if (positionals.length > 1) throw new UsageError(`'profiles' takes at most one profile id; given ${positionals.length}`, `e.g. seedance-preflight profiles ${profileIds()[0]}`);
  const chosen = positionals.length ? [pick(positionals[0])] : profiles;
  if (values.format === 'json') return io.out(JSON.stringify(positionals.length ? chosen[0] : chosen, null, 2) + '\n'), 0;
  for (const p of chosen) io.out(describeProfile(p) + '\n');
  return 0;
}

function pick(id: string): Profile {
  const p = findProfile(id);
  if (p) return p;
  const near = suggest(id, [...profileIds(), ...profiles.flatMap((x) => x.models)]);
  throw new UsageError(`no profile or model '${id}'`, near ? `did you mean 'seedance-preflight profiles ${near}'?` : `one of: ${profileIds().join(', ')}`);
}

/** The profile's document at the top; a limit citing another document names it, and any ruling in words. */
function describeProfile(p: Profile): string {
  const lines = [`${p.id}  (${p.dialect}; models: ${p.models.join(', ')})`, `  source: ${cite(p.source)}`];
  const others = new Map<string, Source>();
  for (const [key, l] of flatLimits(p)) {
    const other = l.source.url !== p.source.url || l.source.title !== p.source.title;
    if (other) others.set(`${l.source.title}\0${l.source.url}`, l.source);
    const tags = [l.severity, other ? l.source.title : ''].filter(Boolean);
    lines.push(`  ${key.padEnd(34)} ${JSON.stringify(l.value)}${tags.length ? `  [${tags.join(' · ')}]` : ''}`);
    if (l.note) lines.push(`  ${' '.repeat(34)} note: ${l.note}`);
  }
  for (const s of others.values()) lines.push(`  also cites: ${cite(s)}`);
  return lines.join('\n') + '\n';
}

const cite = (s: Source) => `${s.title} <${s.url}>${s.checked ? ` (checked ${s.checked})` : ''}`;
