import type { ReadFailure } from '../../types.js';
import { ascii, be32, type Blocks, failure, indexOf } from './blocks.js';
import { crc32 } from './crc32.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** length 0, "IEND", CRC: the last 12 bytes of every complete PNG. */
const IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const TAIL = 4096;

/** PNG: signature and IHDR (with its CRC) at the head, an IEND chunk in the tail. */
export async function checkPng(b: Blocks): Promise<ReadFailure | null> {
  const head = await b.bytes(0, 33);
  if (head.length < 8 || SIGNATURE.some((v, i) => head[i] !== v)) {
    if (head.length < 8 && SIGNATURE.slice(0, head.length).every((v, i) => head[i] === v)) {
      return failure('truncated', 'the file ends inside the PNG signature');
    }
    return failure('corrupt', 'the PNG signature is missing');
  }
  if (head.length < 33) return failure('truncated', 'the file ends inside the IHDR header chunk');
  if (be32(head, 8) !== 13 || ascii(head, 12, 4) !== 'IHDR') return failure('corrupt', 'the first chunk is not a valid IHDR');
  if (crc32(head.subarray(12, 29)) !== be32(head, 29)) return failure('corrupt', 'the IHDR chunk checksum does not match');
  if (be32(head, 16) === 0 || be32(head, 20) === 0) return failure('corrupt', 'the IHDR chunk gives a zero width or height');

  const start = Math.max(33, b.size - TAIL);
  const tail = await b.bytes(start, b.size - start);
  // IEND is normally last; data after it is tolerated
  if (indexOf(tail, IEND) >= 0) return null;
  return failure('truncated', 'no IEND chunk: the image data was cut short');
}
