import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha1 of a file's bytes, streamed (media files can be large); rejects when the file cannot be read. */
export function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha1');
    const stream = createReadStream(file, { highWaterMark: 1 << 20 });
    stream.on('data', (chunk) => hash.update(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(hash.digest('hex')));
  });
}
