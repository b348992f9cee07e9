import type { Facts, Finding } from '../../types.js';
import type { Profile } from '../../profiles/types.js';
import { finding } from '../check.js';

const FAILURE_CODES: Record<string, string> = {
  empty: 'file.empty',
  unreadable: 'file.unreadable',
  truncated: 'file.truncated',
  corrupt: 'file.corrupt',
  not_a_file: 'file.not_regular',
  outside_roots: 'file.outside_roots',
  not_found: 'file.not_found',
  unknown_format: 'file.unknown_format',
  timeout: 'file.probe_failed',
  probe_failed: 'file.probe_failed',
};

/** Findings any file can have, whatever its kind: read failures, unknown content, a lying name, a URL's answer. */
export function fileRules(f: Facts, p: Profile): Finding[] {
  const out: Finding[] = [];
  const life = p.request.urlMinLifetimeSec;
  if (f.remote?.expiresInSec != null && life && f.remote.expiresInSec < life.value) {
    out.push(finding('url.expires_soon', life.severity ?? 'warning', { actual: f.remote.expiresInSec, limit: life.value, expiresAt: f.remote.expiresAt, source: life.source, ruling: life.note }));
  }
  if (f.failure?.reason.startsWith('url_')) {
    out.push(finding(`url.${f.failure.reason.slice(4)}`, 'error', { actual: f.remote?.status ?? f.failure.detail, detail: f.failure.detail, hint: f.failure.hint, at: f.remote?.finalUrl }));
  } else if (f.failure) {
    const code = FAILURE_CODES[f.failure.reason] ?? 'file.corrupt';
    const actual = code === 'file.unknown_format' ? (f.format ?? f.mime ?? 'unknown') : f.failure.detail;
    out.push(finding(code, 'error', { actual, reason: f.failure.reason, detail: f.failure.detail, format: f.format }));
  } else if (f.kind === null) {
    out.push(finding('file.unknown_format', 'error', { actual: f.mime ?? f.format ?? 'unknown', format: f.format }));
  }
  if (!f.failure && f.unverified?.facts.length) {
    // never a silent pass: a limit that could not be checked is said so
    out.push(finding('file.unverified', 'warning', { actual: f.unverified.facts, detail: f.unverified.detail }));
  }
  if (f.extensionMismatch && f.format) {
    out.push(finding('file.extension_mismatch', 'warning', { actual: f.format, extension: f.extension }));
  }
  return out;
}
