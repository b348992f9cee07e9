import type { Billing, Facts } from './types.js';
import type { Profile } from './profiles/types.js';
import type { AssetRef, NormalizedRequest } from './manifest/types.js';

/**
 * What a request will cost, following each provider's document literally:
 * - output seconds: `duration`, or the profile default (said in `assumptions`); the "model decides" value
 *   (-1 on the older @Image1 page) or a duration the profile refuses gives no estimate, with the `reason`;
 * - reference-video seconds are added only where the profile's document bills them (the EvoLink guide does;
 *   the aigptimage page states credits per output second only);
 * - credits per second by quality where the document has a table (aigptimage 40/80/160);
 * - a multiplier when the content filter is off and the document prices that (mini 1.1x).
 * Nothing is guessed: an unmeasured reference video leaves billable seconds and the estimate null.
 */
export function billing(req: NormalizedRequest, profile: Profile, facts: (ref: AssetRef) => Facts | undefined): Billing {
  const lim = profile.request.durations;
  const d = lim.value;
  const assumptions: string[] = [];
  let reason: string | null = null;
  const duration = req.duration ?? d.default;
  if (req.duration === null) assumptions.push(`duration not given: the default of ${d.default} s`);
  let outputSeconds: number | null = duration;
  if (d.auto !== null && duration === d.auto) {
    outputSeconds = null;
    reason = `duration ${duration} lets the model decide the length`;
  } else if (!Number.isFinite(duration) || duration < d.min || duration > d.max || (d.integer && !Number.isInteger(duration) && (lim.severity ?? 'error') === 'error')) {
    outputSeconds = null;
    reason = `duration ${duration} is not one the profile accepts (${d.integer ? 'an integer ' : ''}${d.min} to ${d.max} s${d.auto !== null ? `, or ${d.auto}` : ''})`;
  } else if (d.integer && !Number.isInteger(duration)) {
    assumptions.push(`duration ${duration} s taken as written (no document says whether fractions are billed)`);
  }

  const billed = profile.billing.referenceVideoBilled.value;
  let referenceVideoSeconds = 0;
  let unknownVideos = 0;
  for (const ref of req.videos) {
    const sec = facts(ref)?.durationSec;
    if (typeof sec === 'number' && Number.isFinite(sec)) referenceVideoSeconds += sec;
    else unknownVideos++;
  }
  referenceVideoSeconds = round(referenceVideoSeconds);
  if (billed && unknownVideos > 0) reason ??= `${unknownVideos} reference video${unknownVideos === 1 ? '' : 's'} not measured, and their seconds are billed`;
  const billableSeconds = outputSeconds === null || (billed && unknownVideos > 0) ? null : round(outputSeconds + (billed ? referenceVideoSeconds : 0));

  const quality = req.quality ?? profile.request.defaultQuality.value;
  if (req.quality === null) assumptions.push(`quality not given: the default ${quality}`);
  const table = profile.billing.creditsPerSecond?.value;
  const creditsPerSecond = table && Object.hasOwn(table, quality) ? table[quality] : null;
  if (!table) assumptions.push('the document states no credits per second: billable seconds only');
  else if (creditsPerSecond === null) reason ??= `the document prices no quality "${quality}"`;
  if (table && profile.dialect === 'aigptimage' && (req.generateAudio ?? profile.request.generateAudioDefault.value)) {
    assumptions.push('the page says audio settings affect credits but gives no number: not included');
  }
  const off = profile.billing.contentFilterOffMultiplier;
  const multiplier = off && req.contentFilter === false ? off.value : 1;
  const estimatedCredits = billableSeconds !== null && creditsPerSecond !== null ? round(billableSeconds * creditsPerSecond * multiplier) : null;

  return { outputSeconds, referenceVideoSeconds, billableSeconds, quality, creditsPerSecond, estimatedCredits, multiplier, assumptions, reason };
}

/** To a millionth: sums of seconds and credits without float dust (0.30000000000000004). */
export const round = (n: number): number => Math.round(n * 1e6) / 1e6;
