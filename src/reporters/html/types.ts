/** A small image embedded in the report as a data: URI. */
export interface Picture {
  /** data:image/...;base64,... (made by us, never taken from the report). */
  src: string;
  width: number;
  height: number;
}

/** What the HTML report shows for one asset besides its facts. */
export interface Thumb {
  /** Image: a small preview; video: the poster frame. */
  preview?: Picture;
  /** Video: a strip of frames, each with its time in seconds. */
  frames?: (Picture & { at: number })[];
  /** Audio: peak level per column (0..1) across `seconds` of sound. */
  waveform?: { peaks: number[]; seconds: number };
  /** Why no preview could be made (the card is shown anyway). */
  error?: string;
}

/** Thumbnails by AssetReport.source. */
export type Thumbs = ReadonlyMap<string, Thumb>;

export interface HtmlContext {
  toolVersion: string;
  /** Folder relative sources are resolved against, to match request assets to their files (default: as written). */
  cwd?: string;
}
