import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Finding } from '../types.js';
import { selectProfile } from '../profiles/index.js';
import { EVOLINK_API } from '../profiles/documents.js';
import { jsonErrorDetail, jsonErrorLocation } from './jsonError.js';
import { normalizeRequest } from './normalize.js';
import type { NormalizedRequest, NormalizeOptions } from './types.js';

/** Manifests larger than this are not read at all: 4x the largest body the API takes (64 MB). */
export const MAX_MANIFEST_BYTES = 256_000_000;

/** A request that could not be read or parsed: only its findings mean anything. */
function unparsed(source: string, findings: Finding[], opts: Pick<NormalizeOptions, 'profile'>, bodyBytes = 0): NormalizedRequest {
  const choice = selectProfile({}, opts.profile);
  return {
    source,
    dialect: choice.profile.dialect,
    model: null,
    prompt: null,
    images: [],
    videos: [],
    audios: [],
    duration: null,
    quality: null,
    aspectRatio: null,
    generateAudio: null,
    callbackUrl: null,
    seed: null,
    contentFilter: null,
    raw: undefined,
    bodyBytes,
    profile: choice.profile,
    profileReason: choice.reason,
    parsed: false,
    findings,
  };
}

function fileFinding(code: string, detail: string): Finding {
  return { code, severity: 'error', args: { detail } };
}

/**
 * Reads a request manifest (a JSON body as it would be sent, local paths allowed for assets).
 * Never throws for bad input: unreadable files and invalid JSON come back as findings.
 * Throws only for an unknown explicit profile (a usage error).
 */
export async function loadManifest(path: string, opts: Omit<NormalizeOptions, 'baseDir'> = {}): Promise<NormalizedRequest> {
  const abs = resolve(path);
  if (opts.profile) selectProfile({}, opts.profile);
  let size: number;
  try {
    const st = await stat(abs);
    if (!st.isFile()) return unparsed(path, [fileFinding('file.not_regular', 'the manifest is not a regular file')], opts);
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file.not_found' : 'file.unreadable';
    return unparsed(path, [fileFinding(code, (e as Error).message)], opts);
  }
  if (size > MAX_MANIFEST_BYTES) {
    const finding: Finding = { code: 'request.body_bytes', severity: 'error', args: { actual: size, limit: MAX_MANIFEST_BYTES, source: EVOLINK_API, unread: true } };
    return unparsed(path, [finding], opts, size);
  }
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    return unparsed(path, [fileFinding('file.unreadable', (e as Error).message)], opts);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorLocation(text, e);
    const finding: Finding = {
      code: 'request.invalid_json',
      severity: 'error',
      args: { line: at.line, column: at.column, offset: at.offset, detail: text.trim() === '' ? 'the file is empty' : jsonErrorDetail(e) },
    };
    return unparsed(path, [finding], opts, Buffer.byteLength(text, 'utf8'));
  }
  return normalizeRequest(body, path, { ...opts, baseDir: dirname(abs) });
}
