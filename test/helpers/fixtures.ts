import { join } from 'node:path';
import { generate, type CatalogEntry } from '../../fixtures/generate.mjs';

/** One catalog.json entry: what the file was built to be; `codes` are the default profile's asset findings. */
export type FixtureEntry = CatalogEntry;

export interface Fixtures {
  dir: string;
  catalog: FixtureEntry[];
  /** Absolute path of a catalog file, e.g. path('videos/fps-24.mp4'); throws on a name not in the catalog. */
  path(name: string): string;
  entry(name: string): FixtureEntry;
}

let cached: Promise<Fixtures> | undefined;

/** Generates the fixtures if missing or stale (cheap when current) and returns the catalog. */
export function fixtures(): Promise<Fixtures> {
  return (cached ??= (async () => {
    const { dir, catalog } = await generate();
    const byName = new Map(catalog.map((e) => [e.file, e]));
    const entry = (name: string): FixtureEntry => {
      const e = byName.get(name);
      if (!e) throw new Error(`no fixture named ${name}`);
      return e;
    };
    return { dir, catalog, entry, path: (name: string) => join(dir, entry(name).file) };
  })());
}
