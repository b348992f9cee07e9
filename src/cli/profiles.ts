import { findProfile, profileIds, profiles } from '../profiles/index.js';
import { flatLimits } from '../profiles/flat.js';
import type { Profile, Source } from '../profiles/types.js';
import { toProfileFile } from '../profiles/file.js';
import { parseArgs } from './args.js';
import { loadUserProfiles, profileFileSpec } from './profile-files.js';
import { UsageError, suggest } from './errors.js';
import type { Io } from './io.js';

/** `profiles [ID]`: each profile and its limits with the public document each comes from. */
export async function profilesCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs(argv, { format: { type: 'string', choices: ['pretty', 'json'] }, help: { type: 'boolean' }, ...profileFileSpec }, 'profiles');
  if (values.help) return io.out('Usage: seedance-preflight profiles [ID or model] [--format pretty|json] [--profile-file FILE]...\n  --format json prints profile files: save one, change what you need, load it with --profile-file.\n'), 0;
  if (positionals.length > 1) throw new UsageError(`'profiles' takes at most one profile id; given ${positionals.length}`, `e.g. seedance-preflight profiles ${profileIds()[0]}`);
  const user = await loadUserProfiles(values['profile-file']);
  const chosen = positionals.length ? [pick(positionals[0], user)] : [...user, ...profiles];
  // JSON is the profile-file format itself: `profiles ID --format json > mine.json` is a valid --profile-file.
  if (values.format === 'json') return io.out(JSON.stringify(positionals.length ? toProfileFile(chosen[0]) : chosen.map(toProfileFile), null, 2) + '\n'), 0;
  for (const p of chosen) io.out(describeProfile(p) + '\n');
  return 0;
}

function pick(id: string, user: Profile[]): Profile {
  const p = findProfile(id, user);
  if (p) return p;
  const near = suggest(id, [...profileIds(user), ...[...user, ...profiles].flatMap((x) => x.models)]);
  throw new UsageError(`no profile or model '${id}'`, near ? `did you mean 'seedance-preflight profiles ${near}'?` : `one of: ${profileIds(user).join(', ')}`);
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
