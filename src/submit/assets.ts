import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { AssetRef, NormalizedRequest } from '../manifest/types.js';
import { fieldNames } from '../manifest/normalize.js';
import { DEFAULT_EXPIRY_MARGIN_SEC } from '../remote/expiry.js';
import { isRemoteFailure, openUrl } from '../remote/index.js';
import { UploadError } from '../upload/s3.js';
import { UPLOADER_SETUP } from '../upload/config.js';
import type { Uploader } from '../upload/types.js';
import { SubmitError } from './errors.js';
import type { UploadedAsset } from './types.js';

type Obj = Record<string, unknown>;

export interface LocalAsset {
  ref: AssetRef;
  path: string;
  sha256: string;
  /** Content-addressed object key: the same bytes land on the same key. */
  key: string;
}

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

export function localRefs(req: NormalizedRequest): AssetRef[] {
  return [...req.images, ...req.videos, ...req.audios].filter((r) => r.location.type === 'path');
}

/** Hashes every local asset; without an uploader, a local path is a setup error that says what to set. */
export async function hashLocal(req: NormalizedRequest, uploader: Uploader | undefined): Promise<LocalAsset[]> {
  const refs = localRefs(req);
  if (refs.length && !uploader) {
    const list = refs.map((r) => r.written).join(', ');
    throw new SubmitError({ kind: 'config', message: `the request names local files (${list}); the provider can only fetch URLs, and no uploader is configured`, hint: UPLOADER_SETUP });
  }
  const byPath = new Map<string, string>();
  const out: LocalAsset[] = [];
  for (const ref of refs) {
    const path = (ref.location as { path: string }).path;
    let sha = byPath.get(path);
    if (!sha) byPath.set(path, (sha = await sha256File(path)));
    out.push({ ref, path, sha256: sha, key: `${sha.slice(0, 16)}/${basename(path).replace(/[^A-Za-z0-9._-]+/g, '_')}` });
  }
  return out;
}

/** The body with each local asset's string replaced by `value(asset)`, at its field and index. */
export function replaceAssets(body: unknown, req: NormalizedRequest, assets: LocalAsset[], value: (a: LocalAsset) => string): Obj {
  const copy = structuredClone(body) as Obj;
  const names = fieldNames(req.dialect);
  const holder = names.prefix.reduce<Obj>((o, k) => o[k] as Obj, copy);
  for (const a of assets) (holder[names[a.ref.kind]] as string[])[a.ref.index] = value(a);
  return copy;
}

/** Uploads each distinct file once; returns the URL per path and what was uploaded (URLs without their signature). */
export async function uploadAll(
  assets: LocalAsset[],
  uploader: Uploader,
  opts: { allowPrivateUrls?: boolean; onEach?: (path: string) => void } = {},
): Promise<{ urls: Map<string, string>; uploaded: UploadedAsset[] }> {
  const urls = new Map<string, string>();
  const uploaded: UploadedAsset[] = [];
  for (const a of assets) {
    if (urls.has(a.path)) continue;
    opts.onEach?.(a.path);
    let put: { url: string; expiresAt: Date };
    try {
      put = await uploader.put(a.path, a.key);
    } catch (e) {
      const err = e as Error;
      throw new SubmitError({ kind: 'upload', message: `upload of ${a.ref.written} failed: ${err.message}`, hint: e instanceof UploadError ? e.hint : `check the uploader${uploader.describe ? ` (${uploader.describe})` : ''}` });
    }
    if (put.expiresAt.getTime() < Date.now() + DEFAULT_EXPIRY_MARGIN_SEC * 1000) {
      throw new SubmitError({ kind: 'upload', message: `the uploader's URL for ${a.ref.written} expires at ${put.expiresAt.toISOString()}, before the provider would fetch it`, hint: 'give the uploaded URLs a lifetime of at least a day (--s3-expires 86400 or more)' });
    }
    await verify(a, put.url, opts.allowPrivateUrls);
    urls.set(a.path, put.url);
    uploaded.push({ path: a.path, key: a.key, url: put.url.split('?')[0], expiresAt: put.expiresAt.toISOString() });
  }
  return { urls, uploaded };
}

/** The uploaded URL must answer a plain GET from outside, as the provider will fetch it (one ranged read). */
async function verify(a: LocalAsset, url: string, allowPrivate = false): Promise<void> {
  const src = await openUrl(url, { allowPrivate });
  if (isRemoteFailure(src)) {
    throw new SubmitError({
      kind: 'upload',
      message: `${a.ref.written} was uploaded, but its URL does not serve it (${src.detail}); nothing was sent`,
      hint: src.reason === 'blocked_address' ? 'the S3 endpoint is a private or loopback address the provider cannot reach: use a public endpoint' : src.hint,
    });
  }
  await src.close();
}
