import { HEAD_BYTES, type ByteSource } from '../probes/bytes.js';

/** A ByteSource that also counts what it read (the page and the bench show it). */
export interface CountingSource extends ByteSource {
  bytesRead(): number;
  /** Requests made (URL sources). */
  requests?(): number;
}

/**
 * A dropped File (or any Blob) as a ByteSource: each read is `blob.slice().arrayBuffer()`, so only
 * the ranges the readers ask for are ever loaded, never the whole of a large file. The first
 * HEAD_BYTES come from one read shared by the sniff, the readers and the integrity checks.
 */
export function blobSource(blob: Blob, name: string): CountingSource {
  let head: Promise<Uint8Array> | undefined;
  let read = 0;
  const slice = async (offset: number, length: number) => {
    const bytes = new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
    read += bytes.length;
    return bytes;
  };
  return {
    id: name,
    name: name.slice(name.lastIndexOf('/') + 1),
    size: async () => blob.size,
    async read(offset, length) {
      if (length <= 0 || offset >= blob.size) return new Uint8Array(0);
      if (offset + length <= HEAD_BYTES) {
        const h = await (head ??= slice(0, Math.min(HEAD_BYTES, blob.size)));
        return h.subarray(offset, offset + length);
      }
      return slice(offset, length);
    },
    bytesRead: () => read,
  };
}
