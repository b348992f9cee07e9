import type { Finding } from '../types.js';
import type { Profile, Source } from '../profiles/types.js';
import { schemaFor, shapeSource } from './select.js';

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
 *
 * @example
 *   validateBody({ model: 'seedance-2.0-reference-to-video', prompt: 1 }, defaultProfile);
 *   // [{ code: 'request.schema', severity: 'error', args: { path: '$.prompt', ... } }]
 */
export function validateBody(body: unknown, profile: Profile): Finding[] {
  const source = shapeSource(profile);
  const result = schemaFor(profile).safeParse(body);
  if (result.success) return [];
  const findings: Finding[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        findings.push({
          code: 'request.unknown_field',
          severity: 'warning',
          args: { path: jsonPath([...issue.path, key]), field: key, dialect: profile.dialect, source },
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
        source,
      },
    });
  }
  return capped(findings, 'request.schema', profile, source).concat(capped(findings, 'request.unknown_field', profile, source));
}

/** Per code, at most this many findings are listed; a body with 100,000 bad items gets one more line saying so. */
export const MAX_SHAPE_FINDINGS = 50;

function capped(findings: Finding[], code: string, profile: Profile, source: Source): Finding[] {
  const of = findings.filter((f) => f.code === code);
  if (of.length <= MAX_SHAPE_FINDINGS) return of;
  const more: Finding = {
    code,
    severity: of[0].severity,
    args: { path: '$', issue: 'truncated', more: of.length - MAX_SHAPE_FINDINGS, actual: of.length, limit: MAX_SHAPE_FINDINGS, dialect: profile.dialect, source },
  };
  return [...of.slice(0, MAX_SHAPE_FINDINGS), more];
}
