// src/billing.ts
function billing(req, profile, facts) {
  const d = profile.request.durations.value;
  const duration = req.duration ?? d.default;
  const outputSeconds = d.auto !== null && duration === d.auto ? null : duration;
  let referenceVideoSeconds = 0;
  let unknownVideos = 0;
  for (const ref of req.videos) {
    const sec = facts(ref)?.durationSec;
    if (typeof sec === "number" && Number.isFinite(sec)) referenceVideoSeconds += sec;
    else unknownVideos++;
  }
  referenceVideoSeconds = round(referenceVideoSeconds);
  const billed = profile.billing.referenceVideoBilled.value;
  const billableSeconds = outputSeconds === null || billed && unknownVideos > 0 ? null : round(outputSeconds + (billed ? referenceVideoSeconds : 0));
  const quality = req.quality ?? profile.request.defaultQuality.value;
  const table = profile.billing.creditsPerSecond?.value;
  const creditsPerSecond = table && Object.hasOwn(table, quality) ? table[quality] : null;
  const off = profile.billing.contentFilterOffMultiplier;
  const multiplier = off && req.contentFilter === false ? off.value : 1;
  const estimatedCredits = billableSeconds !== null && creditsPerSecond !== null ? round(billableSeconds * creditsPerSecond * multiplier) : null;
  return { outputSeconds, referenceVideoSeconds, billableSeconds, quality, creditsPerSecond, estimatedCredits, multiplier };
}
var round = (n) => Math.round(n * 1e6) / 1e6;
export {
  billing
};
