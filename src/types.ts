/** The kinds of reference asset the API takes. */
export type Kind = 'image' | 'video' | 'audio';

export type Severity = 'error' | 'warning' | 'info';

/** An exact frame rate, e.g. 24000/1001. `value` is num/den for display and sorting only. */
export interface Rational {
  num: number;
  den: number;
  value: number;
}

/** Why a file could not be read or is structurally broken; probes put this on Facts, rules report it. */
export interface ReadFailure {
  /** empty | unreadable | truncated | corrupt | unknown_format | not_a_file | too_large_to_decode | timeout */
  reason: string;
  /** Plain detail for the person (e.g. "no IEND chunk", "ffprobe: moov atom not found"). */
  detail: string;
  /** What to do, where the probe knows better than the generic fix (e.g. an expired signature). */
  hint?: string;
}

/** How a URL answered, for assets checked by URL as the provider will fetch them. */
export interface RemoteFacts {
  finalUrl: string;
  status: number | null;
  contentType: string | null;
  redirects: number;
  /** When a presigned URL stops working (ISO time), and how many seconds that was after the probe. */
  expiresAt: string | null;
  expiresInSec: number | null;
  /** Bytes read over the wire to learn these facts. */
  bytesRead: number;
  /** HTTP requests it took (redirect hops and retries included). */
  requests: number;
}

/**
 * Normalised facts about one asset. Probes fill this; rules read only this.
 * Any field a probe could not learn is null (never a guess).
 */
export interface Facts {
  /** The path or URL as given or found. */
  source: string;
  /** From the content, never from the name. null when the content is not a supported media kind. */
  kind: Kind | null;
  /** Container/format from the content: jpeg, png, webp, gif, mp4, mov, mp3, wav, ... */
  format: string | null;
  mime: string | null;
  /** Lower-case extension of the name without the dot ('' when none). */
  extension: string;
  /** The name's extension belongs to another format than the content. */
  extensionMismatch: boolean;
  bytes: number | null;
  /** As displayed (EXIF orientation 5-8 and ±90° display matrices swap them). */
  width: number | null;
  height: number | null;
  durationSec: number | null;
  fps: Rational | null;
  variableFrameRate: boolean | null;
  videoCodec: string | null;
  audioCodec: string | null;
  hasVideoStream: boolean | null;
  hasAudioStream: boolean | null;
  sampleRate: number | null;
  channels: number | null;
  /** EXIF orientation (images) or display rotation in degrees (video). */
  rotation: number | null;
  /** Set when the file is empty, unreadable, truncated or corrupt. */
  failure: ReadFailure | null;
  /** Which probe produced the facts (e.g. 'sharp', 'ffprobe', 'music-metadata'). */
  probedBy: string | null;
  /** Set for URL assets. */
  remote?: RemoteFacts | null;
  /**
   * Facts the rules read that this runtime could not learn (the browser build has no ffprobe: the
   * frame rate of a WebM, say). Absent when every fact was learned; rules report it as file.unverified.
   */
  unverified?: { facts: (keyof Facts)[]; detail: string } | null;
}

/** A detection: plain data. Text comes from messages.ts. */
export interface Finding {
  code: string;
  severity: Severity;
  /**
   * Values the message needs; `actual` and `limit` are reported as they are. `source` is the public document
   * the limit comes from; `ruling` says in words where documents disagree and which one is followed.
   */
  args: Record<string, unknown> & { actual?: unknown; limit?: unknown; source?: Citation; ruling?: string };
}

/** A public document, by title and URL. */
export interface Citation {
  title: string;
  url: string;
}

/** A finding with its words, as reporters show it. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  fix: string | null;
  actual: unknown;
  limit: unknown;
  /** The public document the limit comes from (title and URL); null where no document is involved. */
  source: Citation | null;
  /** Where documents disagree: which one is followed, in words. */
  ruling?: string;
}

export interface AssetReport {
  source: string;
  kind: Kind | null;
  ok: boolean;
  facts: Facts;
  problems: Problem[];
}

export interface Billing {
  outputSeconds: number | null;
  referenceVideoSeconds: number;
  billableSeconds: number | null;
  quality: string | null;
  creditsPerSecond: number | null;
  estimatedCredits: number | null;
  /** Extra multiplier, e.g. mini with the content filter off (1.1). */
  multiplier: number;
  /** What the estimate takes for granted: defaults used, costs the document names without a number. */
  assumptions: string[];
  /** Why there is no estimate (a duration the model decides or the profile refuses, an unmeasured video); else null. */
  reason: string | null;
}

export interface RequestReport {
  source: string;
  ok: boolean;
  profile: string;
  problems: Problem[];
  billing: Billing | null;
  /** The assets in request order: sources as written in the request. */
  assets: { kind: Kind; index: number; source: string }[];
  /** The prompt as written (absent when the request has none or could not be read). */
  prompt?: string;
}

export interface Report {
  ok: boolean;
  profile: string;
  assets: AssetReport[];
  requests: RequestReport[];
  summary: { errors: number; warnings: number; infos: number; assets: number; requests: number };
  /** The run's cost together (lint with a budget): billable seconds, credits where priced, requests not estimated. */
  total?: { billableSeconds: number; estimatedCredits: number; unestimated: number };
}
