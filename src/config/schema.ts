import { z } from 'zod';
import { profiles } from '../profiles/index.js';
import { codes } from '../rules/codes.js';

export { CONFIG_FILE, PACKAGE_KEY } from './names.js';

export const RuleSetting = z.enum(['off', 'info', 'warning', 'error']);
export type RuleSetting = z.infer<typeof RuleSetting>;

const codeIds = Object.keys(codes) as [keyof typeof codes, ...(keyof typeof codes)[]];
/** Profile ids and the model names they serve: the config takes either, like --model. */
const profileNames = [...new Set(profiles.flatMap((p) => [p.id, ...p.models]))] as [string, ...string[]];

// Built-in names complete in editors; a user profile's id (from "profiles") is any other string.
const Profile = z.union([z.enum(profileNames), z.string().min(1)]).describe('Profile id or model name, as --model takes it (built-in, or from "profiles").');
const Globs = z
  .array(z.string().min(1))
  .describe(
    'Globs relative to the folder of this config. A glob without "/" matches the name at any depth; ' +
      'a trailing "/" means everything under that folder; "!glob" re-includes what an earlier glob matched.',
  );
const Rules = z
  .partialRecord(z.enum(codeIds), RuleSetting)
  .describe('Finding code -> "off" | "info" | "warning" | "error".');

const Override = z
  .object({
    files: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('Glob(s) this override applies to.'),
    profile: Profile.optional(),
    rules: Rules.optional(),
  })
  .strict();

export const ConfigSchema = z
  .object({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    profile: Profile.optional(),
    profiles: z.array(z.string().min(1)).optional().describe('Profile files (schema/profile.schema.json), relative to the folder of this config; loaded as with --profile-file.'),
    include: Globs.optional(),
    ignore: Globs.optional(),
    rules: Rules.optional(),
    overrides: z.array(Override).optional().describe('Applied in order; a later match wins.'),
    maxWarnings: z.number().int().min(0).optional().describe('Fail when there are more warnings than this.'),
  })
  .strict()
  .describe('seedance-preflight configuration');

export type Config = z.infer<typeof ConfigSchema>;
export type Override = z.infer<typeof Override>;

/** The JSON Schema shipped at schema/seedance-preflight.config.schema.json for editor completion. */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ConfigSchema, { target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: 'seedance-preflight configuration', ...rest };
}
