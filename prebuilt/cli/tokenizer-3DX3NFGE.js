import {
  WindowReader
} from "./chunk-SRTY4ZIH.js";

// src/probes/tokenizer.ts
import { AbstractTokenizer, EndOfStreamError } from "strtok3";
var ByteSourceTokenizer = class extends AbstractTokenizer {
  fileInfo;
  /** The first error the ByteSource threw, if any. */
  readError = void 0;
  reader;
  /** No path in fileInfo: music-metadata would pick its parser by the name's extension before the content. */
  constructor(src, size, mimeType) {
    super();
    this.reader = new WindowReader(src, size, 64 * 1024);
    this.fileInfo = mimeType ? { size, mimeType } : { size };
  }
  async readBuffer(target, options) {
    const norm = this.normalizeOptions(target, options);
    const n = await this.peekBuffer(target, norm);
    this.position = norm.position + n;
    return n;
  }
  async peekBuffer(target, options) {
    const norm = this.normalizeOptions(target, options);
    let bytes;
    try {
      bytes = await this.reader.read(norm.position, norm.length);
    } catch (err) {
      this.readError ??= err;
      throw err;
    }
    if (!norm.mayBeLess && bytes.length < norm.length) throw new EndOfStreamError();
    target.set(bytes, 0);
    return bytes.length;
  }
  supportsRandomAccess() {
    return true;
  }
  setPosition(position) {
    this.validateLength(position, "position");
    this.position = position;
  }
};
async function tokenizerFor(src, mimeType) {
  return new ByteSourceTokenizer(src, await src.size(), mimeType);
}
export {
  ByteSourceTokenizer,
  tokenizerFor
};
