import type { Billing, Facts } from './types.js';
import type { Profile } from './profiles/types.js';
import type { AssetRef, NormalizedRequest } from './manifest/types.js';

/**
 * What a request will cost, from the profile's billing data:
 * - output seconds: `duration`, or the profile default; the "model decides" value (-1, the older @Image1 page) is unknown;
 * - reference-video seconds: the probed durations of the videos, billed too where the profile says so (000);
 * - credits per second by quality where the profile has a table (aigptimage 40/80/160);
 * - a multiplier when the content filter is off and the profile prices that (mini 1.1x).
 * Nothing is guessed: a video whose duration is not known leaves billable seconds and the estimate null.
 */
export function billing(req: NormalizedRequest, profile: Profile, facts: (ref: AssetRef) => Facts | undefined): Billing {
  const d = profile.request.durations.value;
  const duration = req.duration ?? d.default;
  const outputSeconds = d.auto !== null && duration === d.auto ? null : duration;

  let referenceVideoSeconds = 0;
  let unknownVideos = 0;
  for (const ref of req.videos) {
    const sec = facts(ref)?.durationSec;
    if (typeof sec === 'number' && Number.isFinite(sec)) referenceVideoSeconds += sec;
    else unknownVideos++;
  }
  referenceVideoSeconds = round(referenceVideoSeconds);
  const billed = profile.billing.referenceVideoBilled.value;
  const billableSeconds = outputSeconds === null || (billed && unknownVideos > 0) ? null : round(outputSeconds + (billed ? referenceVideoSeconds : 0));

  const quality = req.quality ?? profile.request.defaultQuality.value;
  const table = profile.billing.creditsPerSecond?.value;
  const creditsPerSecond = table && Object.hasOwn(table, quality) ? table[quality] : null;
  const off = profile.billing.contentFilterOffMultiplier;
  const multiplier = off && req.contentFilter === false ? off.value : 1;
  const estimatedCredits = billableSeconds !== null && creditsPerSecond !== null ? round(billableSeconds * creditsPerSecond * multiplier) : null;

  return { outputSeconds, referenceVideoSeconds, billableSeconds, quality, creditsPerSecond, estimatedCredits, multiplier };
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
