import type { Finding, Kind } from '../types.js';
import type { Dialect, Profile } from '../profiles/types.js';
import type { ProfileChoice } from '../profiles/index.js';

export type AssetLocation =
  | { type: 'url'; url: string }
  /** Absolute, resolved against the manifest folder. */
  | { type: 'path'; path: string }
  /** Inlined: a data: URI or a long base64-looking string. */
  | { type: 'data' };

export interface AssetRef {
  kind: Kind;
  /** 0-based position in its list (image_urls / reference_image_urls, ...). */
  index: number;
  /** The string as written in the JSON. */
  written: string;
  location: AssetLocation;
}

/** One request in dialect-free form. Values are as written (null when absent or of the wrong type). */
export interface NormalizedRequest {
  /** The manifest path, or what the library caller named the body. */
  source: string;
  dialect: Dialect;
  model: string | null;
  prompt: string | null;
  images: AssetRef[];
  videos: AssetRef[];
  audios: AssetRef[];
  duration: number | null;
  /** `quality` (evolink) or `resolution` (aigptimage). */
  quality: string | null;
  /** evolink `aspect_ratio`; aigptimage `ratio`, else `aspect_ratio` (ratio wins, per the aigptimage page). */
  aspectRatio: string | null;
  generateAudio: boolean | null;
  callbackUrl: string | null;
  seed: number | null;
  /** mini `content_filter` (name assumed: the mini page does not print it); aigptimage `nsfw_checker`. */
  contentFilter: boolean | null;
  /** The parsed body (undefined when the JSON did not parse). */
  raw: unknown;
  /** UTF-8 length of the body as compact JSON (what a client sends). */
  bodyBytes: number;
  /** The profile the request is checked against, and why it was chosen. */
  profile: Profile;
  profileReason: ProfileChoice['reason'];
  /** False when the manifest could not be read or parsed; then only `findings` mean anything. */
  parsed: boolean;
  /** Findings made while loading: invalid JSON, schema, unknown fields, paths leaving the folder. */
  findings: Finding[];
}

export interface NormalizeOptions {
  /** Profile id or model name; overrides the choice by shape and model. */
  profile?: string;
  /** User profiles (from profile files): chosen first by id or by the models they serve. */
  profiles?: readonly Profile[];
  /** Folder that relative asset paths are resolved against (default: the working directory). */
  baseDir?: string;
  /** Report asset paths that leave baseDir (request.path_escapes). Default: true when baseDir is given. */
  checkEscapes?: boolean;
}

/** How asset strings become locations in one runtime (node:path on disk; dropped files' names in a page). */
export interface PathOps {
  /** The folder relative paths resolve against, from the caller's baseDir (or the runtime's default). */
  base(dir?: string): string;
  resolve(base: string, written: string): string;
  /** A file: URL as a path; throws when it is not one this runtime can open. */
  fromFileUrl(url: string): string;
  escapes(path: string, dir: string): boolean;
}
