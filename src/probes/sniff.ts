import type { Kind } from '../types.js';
import type { ByteSource } from './source.js';
import { quickSniff } from './fast/sniff.js';

export interface Sniffed {
  kind: Kind | null;
  /** Normalised format name (jpeg, png, mp4, mov, mp3, ... or pdf when not media); null when not recognised. */
  format: string | null;
  mime: string | null;
  /** What file-type called it (e.g. 'pdf', 'zip'), also when it is not media. */
  detected: string | null;
  /** The name has an extension and it is not one of the format's extensions. */
  extensionMismatch: boolean;
}

interface FormatInfo {
  kind: Kind;
  exts: string[];
}

/**
 * Formats by content. ISO-BMFF with an mp4/mov brand is 'video' even when it holds only
 * audio: the video probe reports the missing video stream. Audio brands (M4A, M4B) are 'audio'.
 */
const FORMATS: Record<string, FormatInfo> = {
  jpeg: { kind: 'image', exts: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  png: { kind: 'image', exts: ['png', 'apng'] },
  webp: { kind: 'image', exts: ['webp'] },
  gif: { kind: 'image', exts: ['gif'] },
  bmp: { kind: 'image', exts: ['bmp', 'dib'] },
  tiff: { kind: 'image', exts: ['tif', 'tiff'] },
  heic: { kind: 'image', exts: ['heic', 'heif', 'hif'] },
  avif: { kind: 'image', exts: ['avif'] },
  jxl: { kind: 'image', exts: ['jxl'] },
  mp4: { kind: 'video', exts: ['mp4', 'm4v', 'f4v', 'm4p', 'm4a'] },
  mov: { kind: 'video', exts: ['mov', 'qt'] },
  '3gp': { kind: 'video', exts: ['3gp', '3gpp'] },
  '3g2': { kind: 'video', exts: ['3g2', '3gpp2'] },
  mkv: { kind: 'video', exts: ['mkv', 'mka', 'mk3d'] },
  webm: { kind: 'video', exts: ['webm'] },
  avi: { kind: 'video', exts: ['avi'] },
  flv: { kind: 'video', exts: ['flv'] },
  mpeg: { kind: 'video', exts: ['mpg', 'mpeg', 'vob'] },
  mts: { kind: 'video', exts: ['mts', 'm2ts', 'ts'] },
  asf: { kind: 'video', exts: ['asf', 'wmv', 'wma'] },
  ogv: { kind: 'video', exts: ['ogv', 'ogg'] },
  mp3: { kind: 'audio', exts: ['mp3'] },
  wav: { kind: 'audio', exts: ['wav', 'wave'] },
  flac: { kind: 'audio', exts: ['flac'] },
  ogg: { kind: 'audio', exts: ['ogg', 'oga'] },
  opus: { kind: 'audio', exts: ['opus', 'ogg'] },
  m4a: { kind: 'audio', exts: ['m4a', 'm4b', 'mp4', 'aac'] },
  aac: { kind: 'audio', exts: ['aac'] },
  aiff: { kind: 'audio', exts: ['aif', 'aiff', 'aifc'] },
  amr: { kind: 'audio', exts: ['amr'] },
  ac3: { kind: 'audio', exts: ['ac3'] },
};

/** file-type's ext -> our format name. */
const ALIASES: Record<string, string> = {
  jpg: 'jpeg',
  apng: 'png',
  tif: 'tiff',
  m4v: 'mp4',
  f4v: 'mp4',
  m4p: 'mp4',
  m4b: 'm4a',
  f4a: 'm4a',
  f4b: 'm4a',
  mpg: 'mpeg',
  m2ts: 'mts',
  oga: 'ogg',
  spx: 'ogg',
  aif: 'aiff',
  wma: 'asf',
  wmv: 'asf',
};

/** node:path's (POSIX) extname of the last segment, lower case without the dot ('' for none, '.bashrc' or 'a.'). */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function isExtensionMismatch(format: string | null, extension: string): boolean {
  if (!format || !extension) return false;
  const exts = FORMATS[format]?.exts ?? [format];
  return !exts.includes(extension);
}

/** Kind and format from the content (file-type over the source), never from the name. Throws only what the source's read threw. */
export async function sniff(src: ByteSource): Promise<Sniffed> {
  // the commonest media are named without loading file-type (same answer: see fast/sniff.ts)
  const found = (await quickSniff(src, await src.size())) ?? (await fileType(src));
  if (!found) return { kind: null, format: null, mime: null, detected: null, extensionMismatch: false };
  const format = ALIASES[found.ext] ?? found.ext;
  const kind = FORMATS[format]?.kind ?? kindFromMime(found.mime);
  // not media (pdf, zip, ...): keep what it is, for the message
  if (!kind) return { kind: null, format, mime: found.mime, detected: found.ext, extensionMismatch: false };
  return {
    kind,
    format,
    mime: found.mime,
    detected: found.ext,
    extensionMismatch: isExtensionMismatch(format, extensionOf(src.name)),
  };
}

async function fileType(src: ByteSource): Promise<{ ext: string; mime: string } | undefined> {
  const [{ fileTypeFromTokenizer }, { tokenizerFor }] = await Promise.all([import('file-type'), import('./tokenizer.js')]);
  const tokenizer = await tokenizerFor(src);
  let found: { ext: string; mime: string } | undefined;
  try {
    found = await fileTypeFromTokenizer(tokenizer);
  } catch {
    // a detector tripped over malformed bytes: the content is not recognised
    found = undefined;
  }
  if (tokenizer.readError !== undefined) throw tokenizer.readError;
  return found;
}

function kindFromMime(mime: string): Kind | null {
  const top = mime.split('/')[0];
  return top === 'image' || top === 'video' || top === 'audio' ? top : null;
}
