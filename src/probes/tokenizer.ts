import { AbstractTokenizer, EndOfStreamError, type IRandomAccessFileInfo, type IReadChunkOptions } from 'strtok3';
import { WindowReader } from './reader.js';
import type { ByteSource } from './source.js';

/** A random-access strtok3 tokenizer over a ByteSource, for file-type and music-metadata. */
export class ByteSourceTokenizer extends AbstractTokenizer {
  fileInfo: IRandomAccessFileInfo;
  /** The first error the ByteSource threw, if any. */
  readError: unknown = undefined;
  private readonly reader: WindowReader;

  /** No path in fileInfo: music-metadata would pick its parser by the name's extension before the content. */
  constructor(src: ByteSource, size: number, mimeType?: string) {
    super();
    this.reader = new WindowReader(src, size, 64 * 1024);
    this.fileInfo = mimeType ? { size, mimeType } : { size };
  }

  async readBuffer(target: Uint8Array, options?: IReadChunkOptions): Promise<number> {
    const norm = this.normalizeOptions(target, options);
    const n = await this.peekBuffer(target, norm);
    this.position = norm.position + n;
    return n;
  }

  async peekBuffer(target: Uint8Array, options?: IReadChunkOptions): Promise<number> {
    const norm = this.normalizeOptions(target, options);
    let bytes: Uint8Array;
    try {
      bytes = await this.reader.read(norm.position, norm.length);
    } catch (err) {
      // parsers turn any error into "not this format"; keep it so callers can say "unreadable"
      this.readError ??= err;
      throw err;
    }
    if (!norm.mayBeLess && bytes.length < norm.length) throw new EndOfStreamError();
    target.set(bytes, 0);
    return bytes.length;
  }

  supportsRandomAccess(): boolean {
    return true;
  }

  setPosition(position: number): void {
    this.validateLength(position, 'position');
    this.position = position;
  }
}

export async function tokenizerFor(src: ByteSource, mimeType?: string): Promise<ByteSourceTokenizer> {
  return new ByteSourceTokenizer(src, await src.size(), mimeType);
}
