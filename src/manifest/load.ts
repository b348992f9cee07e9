import { dirname, resolve } from 'node:path';
import type { Finding } from '../types.js';
import { selectProfile } from '../profiles/index.js';
import { EVOLINK_API } from '../profiles/documents.js';
import { defaultProfile } from '../profiles/index.js';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from '../lib/read-regular.js';
import { jsonErrorDetail, jsonErrorLocation } from './jsonError.js';
import { normalizeRequest } from './normalize.js';
import type { NormalizedRequest, NormalizeOptions } from './types.js';

/**
 * Manifests larger than the largest body the API takes (64 MB) are not read at all: the size is
 * checked on the open file before a byte is parsed (a 250 MB body once cost 1 GB to reject).
 */
export const MAX_MANIFEST_BYTES = defaultProfile.request.maxBodyBytes.value;

/** A request that could not be read or parsed: only its findings mean anything. */
function unparsed(source: string, findings: Finding[], opts: Pick<NormalizeOptions, 'profile' | 'profiles'>, bodyBytes = 0): NormalizedRequest {
  const choice = selectProfile({}, opts.profile, opts.profiles);
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
  if (opts.profile) selectProfile({}, opts.profile, opts.profiles);
  let text: string;
  try {
    // non-blocking, regular files only, size checked before reading (a FIFO or /dev/stdin never blocks)
    text = (await readRegularFile(abs, MAX_MANIFEST_BYTES)).toString('utf8');
  } catch (e) {
    if (e instanceof NotRegularFileError) return unparsed(path, [fileFinding('file.not_regular', `the manifest is a ${e.kind}`)], opts);
    if (e instanceof FileTooLargeError) {
      const finding: Finding = { code: 'request.body_bytes', severity: 'error', args: { actual: e.size, limit: MAX_MANIFEST_BYTES, source: EVOLINK_API, unread: true } };
      return unparsed(path, [finding], opts, e.size);
    }
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file.not_found' : 'file.unreadable';
    return unparsed(path, [fileFinding(code, (e as Error).message)], opts);
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
