import { profiles } from '../profiles/index.js';
import type { Limit } from '../profiles/types.js';
import { parseArgs } from './args.js';
import type { Io } from './io.js';

/** `profiles`: every profile and each limit with its seed, so users see what is enforced and why. */
export async function profilesCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs(argv, { format: { type: 'string', choices: ['pretty', 'json'] }, help: { type: 'boolean' } }, 'profiles');
  if (values.help) return io.out('Usage: seedance-preflight profiles [--format pretty|json]\n'), 0;
  if (values.format === 'json') return io.out(JSON.stringify(profiles, null, 2) + '\n'), 0;
  for (const p of profiles) {
    io.out(`${p.id}  (${p.dialect}; models: ${p.models.join(', ')})\n`);
    for (const group of ['image', 'video', 'audio', 'request'] as const) {
      for (const [name, lim] of Object.entries(p[group])) {
        if (!lim) continue;
        const l = lim as Limit<unknown>;
        io.out(`  ${`${group}.${name}`.padEnd(34)} ${JSON.stringify(l.value)}  [seed ${l.seed}${l.severity ? `, ${l.severity}` : ''}]\n`);
      }
    }
    io.out('\n');
  }
  return 0;
}
