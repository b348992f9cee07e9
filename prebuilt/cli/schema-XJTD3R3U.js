import {
  LIMIT_KEYS,
  limitKeys
} from "./chunk-PBWBXHZX.js";

// src/profiles/schema.ts
import { z } from "zod";
var Source = z.strictObject({
  title: z.string().min(1).describe("The public title of the document."),
  url: z.url({ protocol: /^https?$/ }).describe("Where to read it (http or https)."),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD").optional().describe("When the limits were last checked against it.")
}).describe("A public document: title and URL.").meta({ id: "Source" });
var VALUES = {
  number: z.number().finite(),
  integer: z.number().int().min(0),
  boolean: z.boolean(),
  string: z.string().min(1),
  strings: z.array(z.string().min(1)).min(1),
  durations: z.strictObject({ min: z.number(), max: z.number(), integer: z.boolean(), auto: z.number().nullable(), default: z.number() }),
  callback: z.strictObject({ httpsOnly: z.boolean(), publicHostOnly: z.boolean(), maxLength: z.number().int().positive() }),
  seedRange: z.strictObject({ min: z.number(), max: z.number(), random: z.number() }),
  credits: z.record(z.string().min(1), z.number().nonnegative())
};
function limitSchema(key) {
  const spec = LIMIT_KEYS[key];
  const value = VALUES[spec.kind];
  const full = z.strictObject({
    value,
    source: Source.optional().describe("The document this limit comes from, when not the profile's."),
    severity: z.enum(["error", "warning", "info"]).optional().describe("How breaking it is reported (default error)."),
    note: z.string().min(1).optional().describe("Where documents disagree: which one is followed, in words.")
  });
  const forms = spec.removable ? z.union([value, full, z.null()]) : z.union([value, full]);
  return forms.describe(`${spec.about}${spec.removable ? " null removes the check." : ""}`);
}
var limitShape = Object.fromEntries(limitKeys.map((k) => [k, limitSchema(k).optional()]));
var ProfileFileSchema = z.strictObject({
  $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors."),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-"').describe("The profile id (--model takes it)."),
  extends: z.string().min(1).optional().describe("A built-in or another loaded profile; only the keys given here change."),
  title: z.string().min(1).optional(),
  dialect: z.enum(["evolink", "evolink-tags", "aigptimage"]).optional().describe('Request body dialect; required without "extends".'),
  models: z.array(z.string().min(1)).describe("The `model` values served by this profile (--model takes them too)."),
  source: Source.describe("The document this profile follows; limits without their own source cite it."),
  limits: z.strictObject(limitShape).describe("Flat keys as `seedance-preflight profiles` prints them."),
  notes: z.string().optional()
}).describe("A seedance-preflight profile: limits as data, each citing its document.");
function profileJsonSchema() {
  const generated = z.toJSONSchema(ProfileFileSchema, { target: "draft-7" });
  const { $schema, ...rest } = generated;
  return { $schema, title: "seedance-preflight profile", ...rest };
}
export {
  ProfileFileSchema,
  profileJsonSchema
};
