import type { Severity } from '../types.js';

/** A public document a limit comes from: its title, its URL, and the date it was last checked (YYYY-MM-DD). */
export interface Source {
  title: string;
  url: string;
  checked?: string;
}

/**
 * Every limit is a value with the document it comes from (and a severity where breaking it is not an error).
 * `note` says in words where documents disagree and which one is followed.
 */
export interface Limit<T> {
  value: T;
  source: Source;
  severity?: Severity;
  note?: string;
}

export type Dialect = 'evolink' | 'evolink-tags' | 'aigptimage';

export interface KindLimits {
  maxCount: Limit<number>;
  /** Formats by content (file-type / probe names): jpeg, png, webp, mp4, mov, mp3, wav. */
  formats: Limit<string[]>;
  maxBytes?: Limit<number>;
}

export interface ImageLimits extends KindLimits {
  minSide: Limit<number>;
  maxSide: Limit<number>;
  minAspect: Limit<number>;
  maxAspect: Limit<number>;
  maxBytes: Limit<number>;
}

export interface VideoLimits extends KindLimits {
  minDurationSec?: Limit<number>;
  maxDurationSec?: Limit<number>;
  minTotalDurationSec?: Limit<number>;
  maxTotalDurationSec: Limit<number>;
  minSide: Limit<number>;
  maxSide: Limit<number>;
  minAspect: Limit<number>;
  maxAspect: Limit<number>;
  minFramePixels: Limit<number>;
  maxFramePixels: Limit<number>;
  minFps: Limit<number>;
  maxFps: Limit<number>;
  /** Exclusive bound on the sum of all clips (the older @Image1 page's "< 50MB together"). */
  maxTotalBytesExclusive?: Limit<number>;
}

export interface AudioLimits extends KindLimits {
  minDurationSec: Limit<number>;
  maxDurationSec: Limit<number>;
  maxTotalDurationSec: Limit<number>;
  maxBytes: Limit<number>;
}

export interface RequestLimits {
  /** All assets together (12 on the older @Image1 page); a warning where the profile's own documents do not say it. */
  maxAssets?: Limit<number>;
  maxBodyBytes: Limit<number>;
  noInlineData: Limit<boolean>;
  audioNeedsVisual: Limit<boolean>;
  /** Text-to-video is allowed, but a cheaper model exists: an info. */
  noAssetsHint: Limit<boolean>;
  promptRequired: Limit<boolean>;
  /** Hard cap in characters (error). */
  promptMaxChars?: Limit<number>;
  /** Recommendations (warnings): CJK characters and English words. */
  promptRecommendedCjkChars?: Limit<number>;
  promptRecommendedWords?: Limit<number>;
  durations: Limit<{ min: number; max: number; integer: boolean; auto: number | null; default: number }>;
  qualities: Limit<string[]>;
  defaultQuality: Limit<string>;
  aspectRatios: Limit<string[]>;
  defaultAspectRatio: Limit<string>;
  generateAudioDefault: Limit<boolean>;
  callbackUrl?: Limit<{ httpsOnly: boolean; publicHostOnly: boolean; maxLength: number }>;
  seed?: Limit<{ min: number; max: number; random: number }>;
  /** A presigned asset URL must stay valid at least this long after the check (tasks queue, then fetch). */
  urlMinLifetimeSec?: Limit<number>;
  /** Model announced but not yet available (the mini page). */
  unavailable?: Limit<string>;
}

export interface BillingLimits {
  /** Output seconds plus reference-video seconds are billed. */
  referenceVideoBilled: Limit<boolean>;
  creditsPerSecond?: Limit<Record<string, number>>;
  /** e.g. mini with the content filter off bills 1.1x. */
  contentFilterOffMultiplier?: Limit<number>;
}

export interface Profile {
  id: string;
  title: string;
  dialect: Dialect;
  /** The `model` values that select this profile. */
  models: string[];
  /** The document the profile follows; limits that cite another say so on the limit. */
  source: Source;
  notes?: string;
  image: ImageLimits;
  video: VideoLimits;
  audio: AudioLimits;
  request: RequestLimits;
  billing: BillingLimits;
}
