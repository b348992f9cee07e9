export type { Uploader } from './types.js';
export { MIN_URL_LIFETIME_SEC, MAX_URL_LIFETIME_SEC, DEFAULT_URL_LIFETIME_SEC } from './types.js';
export { s3Uploader, UploadError, type S3UploaderConfig } from './s3.js';
export { uploaderFromEnv, UPLOADER_SETUP, type S3Flags } from './config.js';
