/** Big-endian readers over a byte array; callers check bounds first. */
export const u8 = (b: Uint8Array, o: number): number => b[o];
export const u16 = (b: Uint8Array, o: number): number => (b[o] << 8) | b[o + 1];
export const u32 = (b: Uint8Array, o: number): number =>
  ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
export const i32 = (b: Uint8Array, o: number): number => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
/** A 64-bit unsigned value, or NaN when it is past 2^53 (no real file needs more). */
export const u64 = (b: Uint8Array, o: number): number => {
  const hi = u32(b, o);
  return hi >= 0x200000 ? Number.NaN : hi * 2 ** 32 + u32(b, o + 4);
};
/** A signed 64-bit value, NaN outside ±2^53. */
export const i64 = (b: Uint8Array, o: number): number => {
  const hi = i32(b, o);
  return hi >= 0x200000 || hi < -0x200000 ? Number.NaN : hi * 2 ** 32 + u32(b, o + 4);
};

export const fourcc = (b: Uint8Array, o: number): string =>
  String.fromCharCode(b[o], b[o + 1], b[o + 2], b[o + 3]);

export interface Box {
  type: string;
  /** Offset of the box's first byte. */
  start: number;
  /** Offset of the payload (after size, type and any 64-bit size). */
  body: number;
  /** Offset just past the box. */
  end: number;
}

/**
 * The box whose header starts at `off`, inside a parent that ends at `limit`.
 * null when the header does not fit, the size is impossible, or the box runs past the parent.
 * Size 0 means "to the end of the parent", as ffmpeg reads it.
 */
export function boxAt(b: Uint8Array, off: number, limit: number): Box | null {
  if (off + 8 > limit || off + 8 > b.length) return null;
  let size = u32(b, off);
  let body = off + 8;
  if (size === 1) {
    if (off + 16 > limit || off + 16 > b.length) return null;
    size = u64(b, off + 8);
    body = off + 16;
  } else if (size === 0) {
    size = limit - off;
  }
  if (!(size >= body - off) || off + size > limit) return null;
  return { type: fourcc(b, off + 4), start: off, body, end: off + size };
}

/** Upper bound on boxes visited per container, so a crafted file cannot make us loop for long. */
export const MAX_CHILDREN = 4096;

/**
 * The children of a container payload [from, to). null when a child is malformed (a file
 * ffprobe may still read, so the caller doubts it) or there are too many.
 */
export function children(b: Uint8Array, from: number, to: number): Box[] | null {
  const out: Box[] = [];
  let off = from;
  while (off < to) {
    // QuickTime allows a 32-bit zero terminator at the end of some containers
    if (to - off < 8) return u32OrZero(b, off, to) ? out : null;
    const box = boxAt(b, off, to);
    if (!box || out.length >= MAX_CHILDREN) return null;
    out.push(box);
    off = box.end;
  }
  return out;
}

function u32OrZero(b: Uint8Array, off: number, to: number): boolean {
  for (let i = off; i < to; i++) if (b[i] !== 0) return false;
  return true;
}
