import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../../src/remote/index.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('HostLimiter', () => {
  it('runs at most perHost at once per host, in arrival order, and other hosts freely', async () => {
    const lim = new HostLimiter(2);
    const order: string[] = [];
    const gates: (() => void)[] = [];
    const task = (name: string) => () =>
      new Promise<string>((resolve) => {
        order.push(name);
        gates.push(() => resolve(name));
      });
    const a = ['a1', 'a2', 'a3', 'a4'].map((n) => lim.run('a:80', task(n)));
    const b = lim.run('b:80', task('b1'));
    await tick();
    expect(order).toEqual(['a1', 'a2', 'b1']);
    expect(lim.inFlight('a:80')).toBe(2);
    gates[0]();
    await tick();
    expect(order).toEqual(['a1', 'a2', 'b1', 'a3']);
    expect(lim.inFlight('a:80')).toBe(2);
    gates.slice(1).forEach((g) => g());
    await tick();
    gates.slice(4).forEach((g) => g());
    expect(await Promise.all([...a, b])).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
    expect(lim.inFlight('a:80')).toBe(0);
  });

  it('a failing task frees its slot', async () => {
    const lim = new HostLimiter(1);
    await expect(lim.run('h', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(lim.inFlight('h')).toBe(0);
    expect(await lim.run('h', async () => 42)).toBe(42);
  });
});
