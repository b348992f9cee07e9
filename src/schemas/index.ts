import type { z } from 'zod';
import type { Finding } from '../types.js';
import type { Profile, SeedId } from '../profiles/types.js';
import { evolinkRequestSchema } from './evolink.js';
import { evolinkTagsRequestSchema } from './evolinkTags.js';
import { miniRequestSchema, CONTENT_FILTER_FIELD } from './mini.js';
import { aigptimageRequestSchema, aigptimageInputSchema } from './aigptimage.js';

export { evolinkRequestSchema, evolinkTagsRequestSchema, miniRequestSchema, aigptimageRequestSchema, aigptimageInputSchema, CONTENT_FILTER_FIELD };
export type { EvolinkRequest } from './evolink.js';
export type { EvolinkTagsRequest } from './evolinkTags.js';
export type { MiniRequest } from './mini.js';
export type { AigptimageRequest } from './aigptimage.js';

/** The body schema a profile's dialect uses (mini adds its content-filter switch). */
export function schemaFor(profile: Profile): z.ZodType {
  if (profile.dialect === 'aigptimage') return aigptimageRequestSchema;
  if (profile.dialect === 'evolink-tags') return evolinkTagsRequestSchema;
  if (profile.billing.contentFilterOffMultiplier) return miniRequestSchema;
  return evolinkRequestSchema;
}

/** The seed that defines the body shape of a profile. */
export function shapeSeed(profile: Profile): SeedId {
  if (profile.dialect === 'aigptimage') return '004';
  if (profile.dialect === 'evolink-tags') return '001';
  if (profile.billing.contentFilterOffMultiplier) return '003';
  return '002';
}

/** `$.input.reference_image_urls[2]` */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  if (v === '') return 'empty string';
  return typeof v;
}

function valueAt(body: unknown, segments: readonly PropertyKey[]): unknown {
  let v: unknown = body;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

/**
 * Checks a body's types and shape against the profile's dialect.
 * Unknown fields are warnings (request.unknown_field); wrong types are errors (request.schema).
 */
export function validateBody(body: unknown, profile: Profile): Finding[] {
  const seed = shapeSeed(profile);
  const result = schemaFor(profile).safeParse(body);
  if (result.success) return [];
  const findings: Finding[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        findings.push({
          code: 'request.unknown_field',
          severity: 'warning',
          args: { path: jsonPath([...issue.path, key]), field: key, dialect: profile.dialect, seed },
        });
      }
      continue;
    }
    const value = valueAt(body, issue.path);
    findings.push({
      code: 'request.schema',
      severity: 'error',
      args: {
        path: jsonPath(issue.path),
        issue: issue.code,
        expected: 'expected' in issue ? issue.expected : issue.code === 'too_small' ? 'non-empty string' : undefined,
        received: value === undefined ? 'missing' : typeName(value),
        detail: issue.message,
        dialect: profile.dialect,
        seed,
      },
    });
  }
  return findings;
}
