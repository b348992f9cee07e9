import { describe, expect, it } from 'vitest';
import { expiresAt, expiresBefore, presignInfo } from '../../src/remote/index.js';

const sigv4 =
  'https://bucket.s3.us-east-1.amazonaws.com/clips/a.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20250301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250301T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=abcd';
const gcs =
  'https://storage.googleapis.com/b/o.png?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=x&X-Goog-Date=20250301T120000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=ff';
const sigv2 = 'https://bucket.s3.amazonaws.com/a.mp3?AWSAccessKeyId=AKIA&Expires=1740830400&Signature=xyz';
const oss = 'https://b.oss-cn-beijing.aliyuncs.com/a.mp4?x-oss-date=20250301T120000Z&x-oss-expires=600&x-oss-signature=q';
const tos = 'https://b.tos-cn-beijing.volces.com/a.mp4?X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Date=20250301T120000Z&X-Tos-Expires=7200&X-Tos-Signature=q';
const azure = 'https://acct.blob.core.windows.net/c/a.mp4?sv=2022-11-02&se=2025-03-01T13%3A00%3A00Z&sr=b&sp=r&sig=abc';

describe('expiresAt', () => {
  it.each([
    [sigv4, '2025-03-01T13:00:00.000Z', 'amz-v4'],
    [gcs, '2025-03-01T12:15:00.000Z', 'goog-v4'],
    [sigv2, '2025-03-01T12:00:00.000Z', 'epoch'],
    [oss, '2025-03-01T12:10:00.000Z', 'oss-v4'],
    [tos, '2025-03-01T14:00:00.000Z', 'tos-v4'],
    [azure, '2025-03-01T13:00:00.000Z', 'azure-sas'],
  ])('%s', (url, iso, scheme) => {
    expect(expiresAt(url)?.toISOString()).toBe(iso);
    expect(presignInfo(url)?.scheme).toBe(scheme);
  });

  it('gives the signing time when the URL has one', () => {
    expect(presignInfo(sigv4)?.signedAt?.toISOString()).toBe('2025-03-01T12:00:00.000Z');
    expect(presignInfo(sigv2)?.signedAt).toBeNull();
  });

  it.each([
    'https://cdn.example.com/a.mp4',
    'https://cdn.example.com/a.mp4?Expires=tomorrow',
    'https://cdn.example.com/a.mp4?X-Amz-Date=20250301T120000Z', // no lifetime
    'https://cdn.example.com/a.mp4?X-Amz-Date=yesterday&X-Amz-Expires=60',
    'https://cdn.example.com/a.mp4?se=2025-03-01', // se without sig is not a SAS
    'not a url',
  ])('null for %s', (url) => {
    expect(expiresAt(url)).toBeNull();
  });
});

describe('expiresBefore', () => {
  const signed = Date.UTC(2025, 2, 1, 12, 0, 0); // sigv4 is valid for one hour from here
  it('with the default one-hour margin', () => {
    expect(expiresBefore(sigv4, signed)).toBe(true); // exactly one hour left: too tight
    expect(expiresBefore(sigv4, signed - 60_000)).toBe(false);
    expect(expiresBefore(sigv4, new Date(signed + 2 * 3600_000))).toBe(true); // already expired
  });

  it('with a margin chosen by the caller', () => {
    expect(expiresBefore(sigv4, signed, 600)).toBe(false);
    expect(expiresBefore(sigv4, signed + 3000_000, 600)).toBe(true);
    expect(expiresBefore(gcs, signed, 0)).toBe(false);
    expect(expiresBefore(gcs, signed + 900_000, 0)).toBe(true);
  });

  it('a URL without an expiry never expires', () => {
    expect(expiresBefore('https://cdn.example.com/a.mp4', signed, 10 ** 9)).toBe(false);
  });
});
