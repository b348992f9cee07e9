import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { expiresAt as urlExpiresAt } from '../remote/expiry.js';
import { DEFAULT_URL_LIFETIME_SEC, MAX_URL_LIFETIME_SEC, MIN_URL_LIFETIME_SEC, type Uploader } from './types.js';
import { PreflightError } from '../errors.js';

export interface S3UploaderConfig {
  bucket: string;
  /** Key prefix, e.g. "seedance/" (a trailing slash is added when missing). */
  prefix?: string;
  /** S3-compatible endpoint (R2, MinIO, OSS, TOS, ...); default: AWS S3 of `region`. */
  endpoint?: string;
  region?: string;
  /** Default: the AWS SDK's own chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ...). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Path-style URLs (endpoint/bucket/key). Default: true with a custom endpoint, false on AWS. */
  forcePathStyle?: boolean;
  /** Lifetime of the presigned GET URLs, 1 to 7 days. Default 2 days. */
  expiresInSec?: number;
}

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp',
  '.mp4': 'video/mp4', '.mov': 'video/quicktime', '.mp3': 'audio/mpeg', '.wav': 'audio/wav',
};

/** An S3 upload that failed or cannot start (settings, credentials, the SDK): `code` is 'upload_failed'. */
export class UploadError extends PreflightError {
  declare readonly hint: string;
  constructor(message: string, hint: string) {
    super('upload_failed', message, hint);
    this.name = 'UploadError';
  }
}

/**
 * Uploads with the AWS SDK (PutObject) and hands out presigned GET URLs (SigV4 query signing).
 * The SDK is loaded on first use so the other commands never pay for it.
 */
export function s3Uploader(config: S3UploaderConfig): Uploader {
  const expiresIn = config.expiresInSec ?? DEFAULT_URL_LIFETIME_SEC;
  if (!Number.isInteger(expiresIn) || expiresIn < MIN_URL_LIFETIME_SEC || expiresIn > MAX_URL_LIFETIME_SEC) {
    throw new UploadError(
      `presigned URL lifetime ${expiresIn} s is out of range`,
      `use ${MIN_URL_LIFETIME_SEC} (1 day) to ${MAX_URL_LIFETIME_SEC} (7 days, the SigV4 maximum): the URL must outlive the queued task`,
    );
  }
  const prefix = config.prefix ? config.prefix.replace(/^\/+/, '').replace(/\/?$/, '/') : '';
  const secrets = [config.credentials?.secretAccessKey, config.credentials?.sessionToken].filter((s): s is string => Boolean(s));
  let client: Promise<Awaited<ReturnType<typeof makeClient>>> | undefined;

  return {
    secrets,
    describe: `s3://${config.bucket}/${prefix}${config.endpoint ? ` at ${config.endpoint}` : ''}`,
    async put(localPath, key) {
      try {
        return await put(localPath, key);
      } catch (e) {
        throw e instanceof UploadError ? e : explain(e, config);
      }
    },
  };

  async function put(localPath: string, key: string): Promise<{ url: string; expiresAt: Date }> {
    const sdk = await (client ??= makeClient(config));
    const Key = `${prefix}${key}`;
    const size = (await stat(localPath)).size;
    const signedAt = Date.now();
    const creds = await sdk.client.config.credentials();
    if (creds.expiration && creds.expiration.getTime() < signedAt + expiresIn * 1000) {
      throw new UploadError(
        `the S3 credentials expire at ${creds.expiration.toISOString()}, before the presigned URLs would (${expiresIn} s)`,
        'a presigned URL dies with the session that signed it: use long-lived access keys, or a shorter --s3-expires (at least 1 day)',
      );
    }
    const present = await sdk.client
      .send(new sdk.HeadObjectCommand({ Bucket: config.bucket, Key }))
      .then((h) => h.ContentLength === size)
      .catch(() => false);
    if (!present) {
      await sdk.client.send(
        new sdk.PutObjectCommand({
          Bucket: config.bucket,
          Key,
          // a Buffer (assets are at most 50 MB) lets the SDK retry a failed PUT, which a stream cannot
          Body: await readFile(localPath),
          ContentLength: size,
          ContentType: TYPES[extname(localPath).toLowerCase()] ?? 'application/octet-stream',
        }),
      );
    }
    const url = await sdk.getSignedUrl(sdk.client, new sdk.GetObjectCommand({ Bucket: config.bucket, Key }), { expiresIn });
    return { url, expiresAt: urlExpiresAt(url) ?? new Date(signedAt + expiresIn * 1000) };
  }
}

/** SDK errors in words that say what to set. */
function explain(e: unknown, config: S3UploaderConfig): UploadError {
  const err = e as Error & { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const name = err.name ?? '';
  const where = `s3://${config.bucket}${config.endpoint ? ` at ${config.endpoint}` : ''}`;
  if (name === 'CredentialsProviderError' || /credential/i.test(err.message)) {
    return new UploadError(`no S3 credentials for ${where}: ${err.message}`, 'set SEEDANCE_S3_ACCESS_KEY_ID and SEEDANCE_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)');
  }
  if (name === 'NoSuchBucket') return new UploadError(`bucket ${config.bucket} does not exist at ${where}`, 'create it, or set SEEDANCE_S3_BUCKET / --s3-bucket to an existing one');
  if (['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'Forbidden'].includes(name) || err.$metadata?.httpStatusCode === 403) {
    return new UploadError(`S3 refused the upload to ${where} (${name})`, 'check the access key pair and that it may s3:PutObject and s3:GetObject on this bucket and prefix');
  }
  const code = err.code ?? (err as { cause?: { code?: string } }).cause?.code;
  if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT)$/.test(code)) {
    return new UploadError(`cannot reach the S3 endpoint of ${where} (${code})`, 'check SEEDANCE_S3_ENDPOINT / --s3-endpoint and SEEDANCE_S3_REGION');
  }
  return new UploadError(`upload to ${where} failed: ${name ? `${name}: ` : ''}${err.message}`, 'check the S3 settings (bucket, endpoint, region, credentials)');
}

/** The AWS SDK is an optional peer dependency (22 MB that only S3 uploads need): say how to add it. */
async function loadSdk() {
  try {
    return await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND' || !String((e as Error).message).includes('@aws-sdk/')) throw e;
    throw new UploadError(
      'uploading to S3 needs the AWS SDK, which is not installed',
      'install it next to seedance-preflight: npm install @aws-sdk/client-s3 @aws-sdk/s3-request-presigner',
    );
  }
}

async function makeClient(config: S3UploaderConfig) {
  const [{ S3Client, PutObjectCommand, GetObjectCommand, HeadObjectCommand }, { getSignedUrl }] = await loadSdk();
  const client = new S3Client({
    region: config.region ?? 'us-east-1',
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle ?? Boolean(config.endpoint),
    credentials: config.credentials,
    // S3-compatible stores do not all know the newer CRC checksums; send and ask for them only when required.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { client, PutObjectCommand, GetObjectCommand, HeadObjectCommand, getSignedUrl };
}
