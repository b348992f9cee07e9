import { writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { deepCheck } from '../../src/probes/deep.js';
import { sharpAlone, sharpCall, sharpShared } from '../../src/probes/sharp-turns.js';
import { jpegAndCutScan, memorySource, tempDir } from '../probes/media.js';

// libvips keeps one error buffer and one warning queue per process: decodes running at once used to take
// each other's messages, and a cut scan was then called corrupt in some runs (about 1 decode in 10 with
// three at once). The same file must get the same verdict however many decodes run beside it.
const tmp = await tempDir();
afterAll(() => tmp.cleanup());

describe('--deep image decodes side by side', () => {
  it('a cut scan is truncated every time, a sound image passes every time', async () => {
    const { jpeg, cut } = await jpegAndCutScan();
    await writeFile(tmp.path('good.jpg'), jpeg);
    await writeFile(tmp.path('cut.jpg'), cut);
    const check = async (name: string, size: number) => deepCheck(await memorySource(tmp.path(name)), 'image', 'jpeg', size, 60_000);
    const verdicts = new Map<string, number>();
    for (let round = 0; round < 25; round++) {
      const results = await Promise.all([check('cut.jpg', cut.length), check('good.jpg', jpeg.length), check('cut.jpg', cut.length)]);
      for (const r of results) verdicts.set(r?.reason ?? 'sound', (verdicts.get(r?.reason ?? 'sound') ?? 0) + 1);
    }
    expect(Object.fromEntries(verdicts)).toEqual({ truncated: 50, sound: 25 });
  }, 60_000);
});

describe('sharp turns', () => {
  const tracker = () => {
    const t = { inFlight: 0, most: 0, aloneSaw: [] as number[] };
    const call = (ms: number, fail = false) => async () => {
      t.inFlight++;
      t.most = Math.max(t.most, t.inFlight);
      await new Promise((r) => setTimeout(r, ms));
      t.inFlight--;
      if (fail) throw new Error('bad image');
      return ms;
    };
    return { t, call };
  };

  it('shared calls run side by side; a call alone waits for them and runs with nothing beside it', async () => {
    const { t, call } = tracker();
    const first = [sharpShared(call(20), 1_000), sharpShared(call(20), 1_000)];
    const lone = sharpAlone(async () => {
      t.aloneSaw.push(t.inFlight);
      return call(10)();
    }, 1_000);
    const after = sharpShared(async () => {
      t.aloneSaw.push(t.inFlight);
      return call(5)();
    }, 1_000);
    await Promise.all([...first, lone, after]);
    expect(t.most).toBe(2);
    // the lone call saw none of the first two in flight, and the call after it saw the lone one ended
    expect(t.aloneSaw).toEqual([0, 0]);
  });

  it('sharpCall tries a failing call once more, alone, and gives its own error', async () => {
    let tries = 0;
    const failing = async () => {
      tries++;
      throw new Error(`attempt ${tries}`);
    };
    await expect(sharpCall(failing, 1_000)).rejects.toThrow('attempt 2');
    expect(tries).toBe(2);
    expect(await sharpCall(async () => 'fine', 1_000)).toBe('fine');
  });

  it('a call that hangs holds the others back for holdMs only', async () => {
    let hung = () => {};
    const hanging = sharpAlone(() => new Promise<void>((r) => (hung = r)), 50);
    const t0 = Date.now();
    await sharpShared(async () => 'next', 50);
    await sharpAlone(async () => 'next alone', 50);
    expect(Date.now() - t0).toBeLessThan(2_000);
    hung();
    await hanging;
  });
});
