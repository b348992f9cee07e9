/** Hand-built byte structures for edge cases the generated fixtures do not cover. */

export const cat = (...parts: (Uint8Array | number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p as Uint8Array))));

export function box(type: string, body: Uint8Array | number = 0): Buffer {
  const data = typeof body === 'number' ? Buffer.alloc(body) : Buffer.from(body);
  const h = Buffer.alloc(8);
  h.writeUInt32BE(8 + data.length, 0);
  h.write(type, 4, 'latin1');
  return Buffer.concat([h, data]);
}

/** A box with a 64-bit size field. */
export function largeBox(type: string, bodyLength: number, declared = 16 + bodyLength): Buffer {
  const h = Buffer.alloc(16);
  h.writeUInt32BE(1, 0);
  h.write(type, 4, 'latin1');
  h.writeBigUInt64BE(BigInt(declared), 8);
  return Buffer.concat([h, Buffer.alloc(bodyLength)]);
}

export const ftyp = () => box('ftyp', cat('isom', [0, 0, 2, 0], 'isomiso2mp41'));

export function riff(form: string, chunks: Buffer[], riffSize?: number): Buffer {
  const body = Buffer.concat(chunks);
  const h = Buffer.alloc(12);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(riffSize ?? 4 + body.length, 4);
  h.write(form, 8, 'latin1');
  return Buffer.concat([h, body]);
}

export function chunk(id: string, data: Uint8Array | number, declared?: number): Buffer {
  const d = typeof data === 'number' ? Buffer.alloc(data) : Buffer.from(data);
  const h = Buffer.alloc(8);
  h.write(id, 0, 'latin1');
  h.writeUInt32LE(declared ?? d.length, 4);
  return Buffer.concat([h, d, Buffer.alloc(d.length & 1)]);
}

/** PCM fmt chunk: mono 16-bit 8 kHz. */
export function fmtChunk(): Buffer {
  const f = Buffer.alloc(16);
  f.writeUInt16LE(1, 0);
  f.writeUInt16LE(1, 2);
  f.writeUInt32LE(8000, 4);
  f.writeUInt32LE(16000, 8);
  f.writeUInt16LE(2, 12);
  f.writeUInt16LE(16, 14);
  return chunk('fmt ', f);
}

/** MPEG-1 Layer III 128 kb/s 44.1 kHz frames (417 bytes, no padding). */
export function mp3Frames(n: number): Buffer {
  const frame = Buffer.alloc(417, 0x55);
  frame[0] = 0xff; frame[1] = 0xfb; frame[2] = 0x90; frame[3] = 0x64;
  return Buffer.concat(Array.from({ length: n }, () => frame));
}

export function id3v2(bodyLength: number, declared = bodyLength): Buffer {
  const h = Buffer.alloc(10 + bodyLength);
  h.write('ID3', 0, 'latin1');
  h[3] = 3;
  h[6] = (declared >> 21) & 0x7f; h[7] = (declared >> 14) & 0x7f; h[8] = (declared >> 7) & 0x7f; h[9] = declared & 0x7f;
  return h;
}
