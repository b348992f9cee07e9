/** MSB-first bit reader with Exp-Golomb codes (for an H.264 RBSP or an AudioSpecificConfig). */
export class Bits {
  private pos = 0;
  constructor(private readonly b: Uint8Array) {}
  /** One bit; throws RangeError past the end (the caller treats that as malformed). */
  u1(): number {
    if (this.pos >= this.b.length * 8) throw new RangeError('bits end early');
    const bit = (this.b[this.pos >> 3] >> (7 - (this.pos & 7))) & 1;
    this.pos++;
    return bit;
  }
  get left(): number {
    return this.b.length * 8 - this.pos;
  }
  u(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 2 + this.u1();
    return v;
  }
  ue(): number {
    let zeros = 0;
    while (!this.u1()) if (++zeros > 31) throw new RangeError('Exp-Golomb code too long');
    return 2 ** zeros - 1 + this.u(zeros);
  }
  se(): number {
    const k = this.ue();
    return k & 1 ? (k + 1) / 2 : -k / 2;
  }
}
