import type { ReadFailure } from '../../types.js';
import { ascii, be32, type Blocks, failure, isFourCC, plural } from './blocks.js';

/** Fragmented files can have thousands of top-level boxes; past this many we stop and say nothing. */
const MAX_BOXES = 256;
/** Boxes a real file can start with (old QuickTime files may lack ftyp); anything else is not ISO-BMFF. */
const FIRST_BOXES = new Set(['ftyp', 'styp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'uuid', 'junk', 'meta', 'sidx', 'moof', 'pdin']);

/**
 * ISO-BMFF (mp4, mov, m4a, 3gp): walk the top-level box headers. Their sizes must add up to
 * the file size; a box that runs past the end means the file was cut; a moov box must exist.
 */
export async function checkIsoBmff(b: Blocks): Promise<ReadFailure | null> {
  const size = b.size;
  let off = 0;
  let moov = false;
  for (let n = 0; off < size; n++) {
    if (n >= MAX_BOXES) return null;
    const h = await b.bytes(off, 16);
    if (h.length < 8) {
      return failure('truncated', `the file ends ${plural(h.length, 'byte')} into a box header at offset ${off}`);
    }
    if (!isFourCC(h, 4)) return failure('corrupt', `no valid box at offset ${off} (type bytes are not a four-character code)`);
    const type = ascii(h, 4, 4);
    if (n === 0 && !FIRST_BOXES.has(type)) return failure('corrupt', `the file does not start with an ISO-BMFF box (found "${type}")`);
    let boxSize = be32(h, 0);
    if (boxSize === 1) {
      if (h.length < 16) return failure('truncated', `the file ends inside the 64-bit size of the ${type} box at offset ${off}`);
      boxSize = be32(h, 8) * 2 ** 32 + be32(h, 12);
      if (boxSize < 16) return failure('corrupt', `the ${type} box at offset ${off} has an impossible size (${boxSize})`);
    } else if (boxSize === 0) {
      boxSize = size - off; // extends to the end of the file
    } else if (boxSize < 8) {
      return failure('corrupt', `the ${type} box at offset ${off} has an impossible size (${boxSize})`);
    }
    if (off + boxSize > size) {
      const missing = off + boxSize - size;
      return failure(
        'truncated',
        `the ${type} box at offset ${off} needs ${plural(boxSize, 'byte')} but the file ends ${plural(missing, 'byte')} early`,
      );
    }
    if (type === 'moov') moov = true;
    off += boxSize;
  }
  if (!moov) return failure('corrupt', 'no moov box: the index that says where the frames are is missing');
  return null;
}
