import {
  expiresAt
} from "./chunk-ZTFXBDND.js";
import {
  PreflightError
} from "./chunk-7PJ34LFJ.js";

// src/upload/types.ts
var MIN_URL_LIFETIME_SEC = 24 * 3600;
var MAX_URL_LIFETIME_SEC = 7 * 24 * 3600;
var DEFAULT_URL_LIFETIME_SEC = 2 * 24 * 3600;

// src/upload/s3.ts
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
var TYPES = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".mp4": "video/mp4",
  ".mov": "video/quicktime",
  ".mp3": "audio/mpeg",
  ".wav": "audio/wav"
};
var UploadError = class extends PreflightError {
  constructor(message, hint) {
    super("upload_failed", message, hint);
    this.name = "UploadError";
  }
};
function s3Uploader(config) {
  const expiresIn = config.expiresInSec ?? DEFAULT_URL_LIFETIME_SEC;
  if (!Number.isInteger(expiresIn) || expiresIn < MIN_URL_LIFETIME_SEC || expiresIn > MAX_URL_LIFETIME_SEC) {
    throw new UploadError(
      `presigned URL lifetime ${expiresIn} s is out of range`,
      `use ${MIN_URL_LIFETIME_SEC} (1 day) to ${MAX_URL_LIFETIME_SEC} (7 days, the SigV4 maximum): the URL must outlive the queued task`
    );
  }
  const prefix = config.prefix ? config.prefix.replace(/^\/+/, "").replace(/\/?$/, "/") : "";
  const secrets = [config.credentials?.secretAccessKey, config.credentials?.sessionToken].filter((s) => Boolean(s));
  let client;
  return {
    secrets,
    describe: `s3://${config.bucket}/${prefix}${config.endpoint ? ` at ${config.endpoint}` : ""}`,
    async put(localPath, key) {
      try {
        return await put(localPath, key);
      } catch (e) {
        throw e instanceof UploadError ? e : explain(e, config);
      }
    }
  };
  async function put(localPath, key) {
    const sdk = await (client ??= makeClient(config));
    const Key = `${prefix}${key}`;
    const size = (await stat(localPath)).size;
    const signedAt = Date.now();
    const creds = await sdk.client.config.credentials();
    if (creds.expiration && creds.expiration.getTime() < signedAt + expiresIn * 1e3) {
      throw new UploadError(
        `the S3 credentials expire at ${creds.expiration.toISOString()}, before the presigned URLs would (${expiresIn} s)`,
        "a presigned URL dies with the session that signed it: use long-lived access keys, or a shorter --s3-expires (at least 1 day)"
      );
    }
    const present = await sdk.client.send(new sdk.HeadObjectCommand({ Bucket: config.bucket, Key })).then((h) => h.ContentLength === size).catch(() => false);
    if (!present) {
      await sdk.client.send(
        new sdk.PutObjectCommand({
          Bucket: config.bucket,
          Key,
          // a Buffer (assets are at most 50 MB) lets the SDK retry a failed PUT, which a stream cannot
          Body: await readFile(localPath),
          ContentLength: size,
          ContentType: TYPES[extname(localPath).toLowerCase()] ?? "application/octet-stream"
        })
      );
    }
    const url = await sdk.getSignedUrl(sdk.client, new sdk.GetObjectCommand({ Bucket: config.bucket, Key }), { expiresIn });
    return { url, expiresAt: expiresAt(url) ?? new Date(signedAt + expiresIn * 1e3) };
  }
}
function explain(e, config) {
  const err = e;
  const name = err.name ?? "";
  const where = `s3://${config.bucket}${config.endpoint ? ` at ${config.endpoint}` : ""}`;
  if (name === "CredentialsProviderError" || /credential/i.test(err.message)) {
    return new UploadError(`no S3 credentials for ${where}: ${err.message}`, "set SEEDANCE_S3_ACCESS_KEY_ID and SEEDANCE_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)");
  }
  if (name === "NoSuchBucket") return new UploadError(`bucket ${config.bucket} does not exist at ${where}`, "create it, or set SEEDANCE_S3_BUCKET / --s3-bucket to an existing one");
  if (["AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "Forbidden"].includes(name) || err.$metadata?.httpStatusCode === 403) {
    return new UploadError(`S3 refused the upload to ${where} (${name})`, "check the access key pair and that it may s3:PutObject and s3:GetObject on this bucket and prefix");
  }
  const code = err.code ?? err.cause?.code;
  if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT)$/.test(code)) {
    return new UploadError(`cannot reach the S3 endpoint of ${where} (${code})`, "check SEEDANCE_S3_ENDPOINT / --s3-endpoint and SEEDANCE_S3_REGION");
  }
  return new UploadError(`upload to ${where} failed: ${name ? `${name}: ` : ""}${err.message}`, "check the S3 settings (bucket, endpoint, region, credentials)");
}
async function loadSdk() {
  try {
    return await Promise.all([import("@aws-sdk/client-s3"), import("@aws-sdk/s3-request-presigner")]);
  } catch (e) {
    if (e.code !== "ERR_MODULE_NOT_FOUND" || !String(e.message).includes("@aws-sdk/")) throw e;
    throw new UploadError(
      "uploading to S3 needs the AWS SDK, which is not installed",
      "install it next to seedance-preflight: npm install @aws-sdk/client-s3 @aws-sdk/s3-request-presigner"
    );
  }
}
async function makeClient(config) {
  const [{ S3Client, PutObjectCommand, GetObjectCommand, HeadObjectCommand }, { getSignedUrl }] = await loadSdk();
  const client = new S3Client({
    region: config.region ?? "us-east-1",
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle ?? Boolean(config.endpoint),
    credentials: config.credentials,
    // S3-compatible stores do not all know the newer CRC checksums; send and ask for them only when required.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED"
  });
  return { client, PutObjectCommand, GetObjectCommand, HeadObjectCommand, getSignedUrl };
}

// src/upload/config.ts
var UPLOADER_SETUP = "set SEEDANCE_S3_BUCKET (or --s3-bucket) and S3 credentials: SEEDANCE_S3_ACCESS_KEY_ID + SEEDANCE_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY, or AWS_PROFILE); for R2, MinIO and other S3-compatible stores also SEEDANCE_S3_ENDPOINT (--s3-endpoint) and SEEDANCE_S3_REGION (--s3-region); optional SEEDANCE_S3_PREFIX (--s3-prefix) and SEEDANCE_S3_EXPIRES (--s3-expires, seconds, 86400-604800). Or put the files online yourself and write their https URLs in the manifest.";
function uploaderFromEnv(env, flags = {}) {
  const pick = (flag, ...vars) => flags[flag] ?? vars.map((v) => env[v]).find((v) => v !== void 0 && v !== "");
  const bucket = pick("s3-bucket", "SEEDANCE_S3_BUCKET");
  if (!bucket) return null;
  const accessKeyId = pick("s3-access-key-id", "SEEDANCE_S3_ACCESS_KEY_ID");
  const secretAccessKey = pick("s3-secret-access-key", "SEEDANCE_S3_SECRET_ACCESS_KEY");
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new UploadError("only half of an S3 key pair is set", "set both SEEDANCE_S3_ACCESS_KEY_ID and SEEDANCE_S3_SECRET_ACCESS_KEY (or the --s3-* flags), or neither to use the AWS SDK chain");
  }
  const expires = pick("s3-expires", "SEEDANCE_S3_EXPIRES");
  if (expires !== void 0 && !/^\d+$/.test(expires)) throw new UploadError(`S3 URL lifetime '${expires}' is not a number of seconds`, "e.g. --s3-expires 172800 (2 days)");
  const config = {
    bucket,
    prefix: pick("s3-prefix", "SEEDANCE_S3_PREFIX"),
    endpoint: pick("s3-endpoint", "SEEDANCE_S3_ENDPOINT"),
    region: pick("s3-region", "SEEDANCE_S3_REGION", "AWS_REGION", "AWS_DEFAULT_REGION"),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: env.SEEDANCE_S3_SESSION_TOKEN || void 0 } : void 0,
    expiresInSec: expires === void 0 ? void 0 : Number(expires)
  };
  return s3Uploader(config);
}

export {
  MIN_URL_LIFETIME_SEC,
  MAX_URL_LIFETIME_SEC,
  DEFAULT_URL_LIFETIME_SEC,
  UploadError,
  s3Uploader,
  UPLOADER_SETUP,
  uploaderFromEnv
};
