/**
 * Where a probe reads bytes from. Files on disk, URLs by range requests,
 * Blobs in a browser: readers use only this interface (and `localPath` when a tool such as
 * ffprobe needs a path). No Node here: the browser build reads through it too.
 */
export interface ByteSource {
  /** The path or URL as given. */
  readonly id: string;
  /** The last path segment, for the extension check. */
  readonly name: string;
  /** Set when the bytes are a regular file on disk. */
  readonly localPath?: string;
  /**
   * The open descriptor of a local file (opening it if needed). Tools that read the file themselves
   * (ffprobe) get this, never the path again: the path may name something else by then.
   */
  fd?(): number;
  size(): Promise<number>;
  /** Up to `length` bytes from `offset`; shorter only at the end of the source. */
  read(offset: number, length: number): Promise<Uint8Array>;
  close?(): Promise<void>;
}

/** The first bytes of a file, read once and shared by the sniff, the integrity check and the probe. */
export const HEAD_BYTES = 64 * 1024;
