import { buildProfile, type ProfileFile, ProfileFileError } from './file.js';
import type { Profile } from './types.js';

export interface NamedProfileFile {
  file: ProfileFile;
  /** Where it came from (a path, or "profiles[0]" for an object), for error messages. */
  name: string;
}

/** Nearest of `candidates` to `input` by edit distance, when close enough to be a likely typo. */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(input.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Profiles from files, each after the profile it extends (a built-in or another of the files).
 * All or nothing: an unknown or cyclic `extends`, an id taken twice, or two user profiles claiming one
 * model throws a ProfileFileError naming the file and the key.
 */
export function resolveProfiles(files: NamedProfileFile[], builtins: readonly Profile[]): Profile[] {
  const byId = new Map<string, NamedProfileFile>();
  for (const f of files) {
    const taken = builtins.some((b) => b.id === f.file.id) ? 'a built-in profile' : byId.has(f.file.id) ? byId.get(f.file.id)!.name : null;
    if (taken) throw new ProfileFileError(f.name, 'id', `"${f.file.id}" is already the id of ${taken}`, 'choose another id, and "extends" the one you mean to change');
    byId.set(f.file.id, f);
  }
  const done = new Map<string, Profile>();
  const visit = (f: NamedProfileFile, chain: string[]): Profile => {
    const ready = done.get(f.file.id);
    if (ready) return ready;
    if (chain.includes(f.file.id)) throw new ProfileFileError(f.name, 'extends', `"extends" makes a cycle: ${[...chain, f.file.id].join(' -> ')}`, 'one profile of the cycle must extend a built-in profile instead');
    let base: Profile | undefined;
    const ext = f.file.extends;
    if (ext !== undefined) {
      const parent = byId.get(ext);
      base = parent ? visit(parent, [...chain, f.file.id]) : builtins.find((b) => b.id === ext);
      if (!base) {
        const near = nearest(ext, [...builtins.map((b) => b.id), ...byId.keys()]);
        throw new ProfileFileError(f.name, 'extends', `no profile "${ext}" to extend`, near ? `did you mean "${near}"?` : `one of: ${builtins.map((b) => b.id).join(', ')}`);
      }
    }
    const p = buildProfile(f.file, base, f.name);
    done.set(p.id, p);
    return p;
  };
  const out = files.map((f) => visit(f, []));
  const claimed = new Map<string, NamedProfileFile>();
  for (const f of files) {
    for (const m of f.file.models) {
      const other = claimed.get(m);
      if (other) throw new ProfileFileError(f.name, 'models', `model "${m}" is already claimed by profile "${other.file.id}" (${other.name})`, 'a model belongs to one profile: remove it from one of them, and choose the other with --model ID');
      claimed.set(m, f);
    }
  }
  return out;
}
