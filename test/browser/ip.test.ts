import { isIP as nodeIsIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIP } from '../../src/lib/ip.js';

// The request rules run in browsers too, so they classify hosts without node:net: same answers.
describe('isIP without node:net', () => {
  it('answers as node:net does on literals, near-misses and zone ids', () => {
    const cases = ['1.2.3.4', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '::', '::1', '::ffff:1.2.3.4', '::1.2.3.4', '2001:db8::1', '2001:db8::1.2.3.4', 'fe80::1%eth0', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3', 'gggg::1', '[::1]', 'example.com', '', ':', '1:2:3:4:5:6:7::', '::ffff:256.1.1.1'];
    for (const c of cases) expect(isIP(c), c).toBe(nodeIsIP(c));
  });

  it('agrees on random strings over the address alphabet', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9a-f:.]{0,24}$/), (s) => isIP(s) === nodeIsIP(s)), { numRuns: 5000 });
  });
});
