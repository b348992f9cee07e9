import { describe, expect, it } from 'vitest';
import { facts } from '../helpers/facts.js';
import { profiles } from '../../src/profiles/index.js';
import type { Profile } from '../../src/profiles/types.js';
import type { Facts, Kind } from '../../src/types.js';
import { checkAsset } from '../../src/rules/asset/index.js';
import { plan } from '../../src/fixer/plan.js';
import { MAX_DECODE_PIXELS } from '../../src/fixer/plan-image.js';
import type { FixAction, Plan, Size } from '../../src/fixer/types.js';

/**
 * The whole grid of picture sizes at and around every limit of every profile, for images and videos,
 * in pad and crop mode: no size is reported unfixable (the only exception is an image too large for
 * sharp to decode), and applying the planned steps by hand gives a size the rules pass.
 */

const around = (x: number, d = 2) => Array.from({ length: 2 * d + 1 }, (_, i) => Math.round(x) - d + i).filter((v) => v >= 1);

/** Sides at and around the side limits, the square roots of the pixel limits, and the extremes. */
function sides(L: Profile['video'] | Profile['image']): number[] {
  const s = new Set<number>([1, 2, 3, 7, 100, 640, 1080, 1920, 12_000, 16_383, 20_000]);
  for (const v of [L.minSide.value, L.maxSide.value]) around(v).forEach((x) => s.add(x));
  if ('minFramePixels' in L) for (const p of [L.minFramePixels.value, L.maxFramePixels.value]) around(Math.sqrt(p)).forEach((x) => s.add(x));
  return [...s].sort((a, b) => a - b);
}

/** Every pair of sides, plus widths at and around each aspect limit for every height (and the transposes). */
function grid(L: Profile['video'] | Profile['image']): Size[] {
  const S = sides(L);
  const out = new Map<string, Size>();
  const add = (width: number, height: number) => width >= 1 && height >= 1 && out.set(`${width}x${height}`, { width, height });
  for (const w of S) for (const h of S) add(w, h);
  for (const h of S) {
    for (const r of [L.minAspect.value, L.maxAspect.value]) {
      for (const w of [...around(h * r, 1), Math.floor(h * r), Math.ceil(h * r)]) {
        add(w, h);
        add(h, w);
      }
    }
  }
  return [...out.values()];
}

/** The size after the steps, applied by hand (crop, scale and pad each name the size they make). */
function resultSize(src: Size, actions: FixAction[]): Size {
  let s = src;
  for (const a of actions) if (a.type === 'crop' || a.type === 'scale' || a.type === 'pad') s = a.to;
  return s;
}

function sizeErrors(kind: Kind, size: Size, profile: Profile): string[] {
  const f = facts(kind, { ...size });
  return checkAsset(f, profile).filter((x) => x.severity === 'error').map((x) => x.code);
}

const KINDS: ('image' | 'video')[] = ['image', 'video'];
const MODES = ['pad', 'crop'] as const;

describe.each(profiles.map((p) => [p.id, p] as const))('the size grid, profile %s', (_id, profile) => {
  describe.each(KINDS.flatMap((k) => MODES.map((m) => [k, m] as const)))('%s, %s mode', (kind, mode) => {
    const limits = kind === 'image' ? profile.image : profile.video;
    const sizes = grid(limits);

    it(`no size is unfixable, and every plan's size passes the rules (${sizes.length} sizes)`, () => {
      const unfixable: string[] = [];
      const failing: string[] = [];
      let fixedCount = 0;
      for (const size of sizes) {
        const f: Facts = facts(kind, { ...size });
        const p: Plan = plan(f, checkAsset(f, profile), profile, { crop: mode === 'crop' });
        if (p.status === 'unfixable') {
          // sharp will not decode this many pixels: the one size that stays unfixable, and says so
          if (kind === 'image' && size.width * size.height > MAX_DECODE_PIXELS && p.why === 'too_large_to_decode') continue;
          unfixable.push(`${size.width}x${size.height}: ${p.code} ${p.why}`);
          continue;
        }
        const out = p.status === 'fix' ? resultSize(size, p.actions) : size;
        if (p.status === 'fix') fixedCount++;
        const errs = sizeErrors(kind, out, profile);
        if (kind === 'video' && p.status === 'fix' && (out.width % 2 || out.height % 2)) errs.push('odd side');
        if (errs.length) failing.push(`${size.width}x${size.height} -> ${out.width}x${out.height}: ${errs.join(', ')}`);
      }
      expect(unfixable).toEqual([]);
      expect(failing).toEqual([]);
      // the grid reaches both sides of the limits: many sizes need a fix, and some pass as they are
      expect(fixedCount).toBeGreaterThan(sizes.length / 2);
      expect(fixedCount).toBeLessThan(sizes.length);
    });

    it('pad keeps the whole picture (no crop step, shape kept within a rounding step); crop keeps the canvas filled (no pad step)', () => {
      for (const size of sizes) {
        const f = facts(kind, { ...size });
        const p = plan(f, checkAsset(f, profile), profile, { crop: mode === 'crop' });
        if (p.status !== 'fix') continue;
        const types = p.actions.map((a) => a.type);
        if (mode === 'pad') {
          expect(types, `${size.width}x${size.height}`).not.toContain('crop');
          const scale = p.actions.find((a) => a.type === 'scale');
          if (scale && scale.type === 'scale' && scale.to.width > 2 && scale.to.height > 2) {
            // one rounding step on the shorter side
            const shorter = Math.min(scale.to.width, scale.to.height);
            const step = kind === 'video' ? 2 : 1;
            expect(Math.abs(scale.to.width / scale.to.height - size.width / size.height) / (size.width / size.height), `${size.width}x${size.height}`).toBeLessThanOrEqual((step + 1) / shorter + 1e-9);
          }
        } else {
          expect(types, `${size.width}x${size.height}`).not.toContain('pad');
        }
      }
    });
  });
});

describe('the issue\'s two examples', () => {
  const [profile] = profiles;
  const planOf = (size: Size, crop: boolean) => {
    const f = facts('image', { ...size });
    return plan(f, checkAsset(f, profile), profile, { crop });
  };
  it('6001x2400 scales to 6000x2400 (pad) or crops to 6000x2400 (crop)', () => {
    expect(planOf({ width: 6001, height: 2400 }, false)).toMatchObject({ status: 'fix', actions: [{ type: 'scale', to: { width: 6000, height: 2400 } }] });
    expect(planOf({ width: 6001, height: 2400 }, true)).toMatchObject({ status: 'fix', actions: [{ type: 'crop', to: { width: 6000, height: 2400 } }] });
  });
  it('1000x100 pads to 1000x400 in the default mode', () => {
    expect(planOf({ width: 1000, height: 100 }, false)).toMatchObject({ status: 'fix', actions: [{ type: 'pad', from: { width: 1000, height: 100 }, to: { width: 1000, height: 400 } }] });
  });
});

/** Durations, frame rates and sizes in bytes at and around their limits: every one is fixable and its plan passes. */
describe.each(profiles.map((p) => [p.id, p] as const))('durations, rates and bytes, profile %s', (_id, profile) => {
  const V = profile.video;
  const A = profile.audio;
  const near = (x: number) => [x - 0.001, x, x + 0.001];
  const durations = [0.04, 1, ...near(V.minDurationSec?.value ?? 2), ...near(V.maxDurationSec?.value ?? 15), 60, 3600];
  const rates: [number, number][] = [[1, 1], [15, 1], [24000, 1001], [24, 1], [30000, 1001], [60, 1], [120, 1], [240, 1]];
  const rational = ([num, den]: [number, number]) => ({ num, den, value: num / den });

  it('video: every duration x rate x size in bytes', () => {
    const bad: string[] = [];
    let fixes = 0;
    for (const durationSec of durations) {
      for (const r of rates) {
        for (const bytes of [1000, ...(V.maxBytes ? [V.maxBytes.value, V.maxBytes.value + 1, V.maxBytes.value * 10] : [])]) {
          const f = facts('video', { durationSec, fps: rational(r), bytes, hasAudioStream: true });
          const p = plan(f, checkAsset(f, profile), profile);
          const label = `${durationSec}s ${r[0]}/${r[1]} ${bytes}B`;
          if (p.status === 'unfixable') bad.push(`${label}: ${p.code} ${p.why}`);
          if (p.status !== 'fix') continue;
          fixes++;
          const trim = p.actions.find((a) => a.type === 'trim' || a.type === 'extend');
          const fps = p.actions.find((a) => a.type === 'retime');
          const after = facts('video', { durationSec: trim ? trim.toSec : durationSec, fps: fps && fps.type === 'retime' ? fps.to : rational(r), bytes: Math.min(bytes, p.output.maxBytes ?? bytes) });
          const left = checkAsset(after, profile).filter((x) => x.severity === 'error').map((x) => x.code);
          if (left.length) bad.push(`${label}: output still ${left.join(', ')}`);
        }
      }
    }
    expect(bad).toEqual([]);
    // the rates outside 24-60 need a fix at every duration, whatever else the profile limits
    expect(fixes).toBeGreaterThanOrEqual(durations.length * 4);
  });

  it('audio: every duration x format x size in bytes', () => {
    const bad: string[] = [];
    for (const durationSec of [0.04, 1, ...near(A.minDurationSec?.value ?? 2), ...near(A.maxDurationSec?.value ?? 15), 60, 3600]) {
      for (const format of ['mp3', 'wav', 'flac', 'ogg', 'aac']) {
        for (const bytes of [1000, A.maxBytes.value, A.maxBytes.value + 1, A.maxBytes.value * 10]) {
          const f = facts('audio', { format, extension: format, durationSec, bytes, sampleRate: 48_000, channels: 2 });
          const p = plan(f, checkAsset(f, profile), profile);
          if (p.status === 'unfixable') bad.push(`${durationSec}s ${format} ${bytes}B: ${p.code} ${p.why}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
