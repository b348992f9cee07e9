import { LIMIT_KEYS, type LimitKey, limitKeys, requiredKeys } from './keys.js';
import { GROUPS } from './flat.js';
import type { Dialect, Limit, Profile, Source } from './types.js';
import type { Severity } from '../types.js';

/** A limit as a profile file writes it: the bare value, or the value with its own document, severity and ruling. */
export type LimitValue = unknown;
export interface LimitObject {
  value: unknown;
  source?: Source;
  severity?: Severity;
  note?: string;
}

/** A profile file (JSON): the same format for built-in and user profiles. See schema/profile.schema.json. */
export interface ProfileFile {
  $schema?: string;
  id: string;
  extends?: string;
  title?: string;
  dialect?: Dialect;
  models: string[];
  source: Source;
  limits: Partial<Record<LimitKey, LimitValue | LimitObject | null>>;
  notes?: string;
}

/** A profile file that cannot be used: names the file, the key, and what to write instead. Exit 2 in the CLI. */
export class ProfileFileError extends Error {
  readonly code = 'bad_profile';
  constructor(
    readonly file: string,
    readonly key: string | null,
    readonly problem: string,
    readonly hint?: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${problem}`);
    // The CLI reports every PreflightUsageError as a usage mistake (exit 2).
    this.name = 'PreflightUsageError';
  }
}

const isLimitObject = (v: unknown): v is LimitObject => !!v && typeof v === 'object' && !Array.isArray(v) && 'value' in v;

/**
 * A profile from its file and the profile it extends: only the keys given change; `null` removes a check.
 * A limit without its own `source` cites the file's. Validation (types, unknown keys) happened before.
 */
export function buildProfile(file: ProfileFile, base: Profile | undefined, name: string): Profile {
  const dialect = file.dialect ?? base?.dialect;
  if (!dialect) throw new ProfileFileError(name, 'dialect', 'a profile without "extends" needs a "dialect"', 'add "dialect": "evolink" (or "evolink-tags", "aigptimage")');
  const groups = Object.fromEntries(GROUPS.map((g) => [g, { ...(base?.[g] ?? {}) }])) as unknown as Record<(typeof GROUPS)[number], Record<string, Limit<unknown> | undefined>>;
  for (const [key, raw] of Object.entries(file.limits) as [LimitKey, unknown][]) {
    const [group, name2] = key.split('.') as [(typeof GROUPS)[number], string];
    if (raw === null) {
      if (!LIMIT_KEYS[key].removable) throw new ProfileFileError(name, key, 'this limit cannot be removed (null)', 'give it a value instead');
      delete groups[group][name2];
      continue;
    }
    const lim: Limit<unknown> = isLimitObject(raw)
      ? { value: raw.value, source: raw.source ?? file.source, ...(raw.severity ? { severity: raw.severity } : {}), ...(raw.note ? { note: raw.note } : {}) }
      : { value: raw, source: file.source };
    groups[group][name2] = lim;
  }
  if (!base) {
    const missing = requiredKeys.filter((k) => { const [g, n] = k.split('.'); return !groups[g as (typeof GROUPS)[number]][n]; });
    if (missing.length) throw new ProfileFileError(name, missing[0], `missing; a profile without "extends" gives every required key (${missing.length} missing: ${missing.join(', ')})`, `add "extends": "seedance-2.0-reference-to-video" to start from the default`);
  }
  return {
    id: file.id,
    title: file.title ?? base?.title ?? file.id,
    dialect,
    models: [...file.models],
    source: file.source,
    ...(file.notes ? { notes: file.notes } : {}),
    ...(groups as unknown as Pick<Profile, 'image' | 'video' | 'audio' | 'request' | 'billing'>),
  };
}

/** A profile as a complete profile file (no `extends`): what `profiles ID --format json` prints. */
export function toProfileFile(p: Profile): ProfileFile {
  const limits: ProfileFile['limits'] = {};
  for (const key of limitKeys) {
    const [g, n] = key.split('.') as [(typeof GROUPS)[number], string];
    const l = (p[g] as unknown as Record<string, Limit<unknown> | undefined>)[n];
    if (!l) continue;
    const same = l.source.title === p.source.title && l.source.url === p.source.url;
    limits[key] = same && !l.severity && !l.note ? l.value : { value: l.value, ...(same ? {} : { source: l.source }), ...(l.severity ? { severity: l.severity } : {}), ...(l.note ? { note: l.note } : {}) };
  }
  return {
    $schema: 'https://unpkg.com/seedance-preflight/schema/profile.schema.json',
    id: p.id,
    title: p.title,
    dialect: p.dialect,
    models: [...p.models],
    source: p.source,
    limits,
    ...(p.notes ? { notes: p.notes } : {}),
  };
}
