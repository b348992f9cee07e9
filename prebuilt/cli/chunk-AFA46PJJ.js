// src/billing.ts
function billing(req, profile, facts) {
  const lim = profile.request.durations;
  const d = lim.value;
  const assumptions = [];
  let reason = null;
  const duration = req.duration ?? d.default;
  if (req.duration === null) assumptions.push(`duration not given: the default of ${d.default} s`);
  let outputSeconds = duration;
  if (d.auto !== null && duration === d.auto) {
    outputSeconds = null;
    reason = `duration ${duration} lets the model decide the length`;
  } else if (!Number.isFinite(duration) || duration < d.min || duration > d.max || d.integer && !Number.isInteger(duration) && (lim.severity ?? "error") === "error") {
    outputSeconds = null;
    reason = `duration ${duration} is not one the profile accepts (${d.integer ? "an integer " : ""}${d.min} to ${d.max} s${d.auto !== null ? `, or ${d.auto}` : ""})`;
  } else if (d.integer && !Number.isInteger(duration)) {
    assumptions.push(`duration ${duration} s taken as written (no document says whether fractions are billed)`);
  }
  const billed = profile.billing.referenceVideoBilled.value;
  let referenceVideoSeconds = 0;
  let unknownVideos = 0;
  for (const ref of req.videos) {
    const sec = facts(ref)?.durationSec;
    if (typeof sec === "number" && Number.isFinite(sec)) referenceVideoSeconds += sec;
    else unknownVideos++;
  }
  referenceVideoSeconds = round(referenceVideoSeconds);
  if (billed && unknownVideos > 0) reason ??= `${unknownVideos} reference video${unknownVideos === 1 ? "" : "s"} not measured, and their seconds are billed`;
  const billableSeconds = outputSeconds === null || billed && unknownVideos > 0 ? null : round(outputSeconds + (billed ? referenceVideoSeconds : 0));
  const quality = req.quality ?? profile.request.defaultQuality.value;
  if (req.quality === null) assumptions.push(`quality not given: the default ${quality}`);
  const table = profile.billing.creditsPerSecond?.value;
  const creditsPerSecond = table && Object.hasOwn(table, quality) ? table[quality] : null;
  if (!table) assumptions.push("the document states no credits per second: billable seconds only");
  else if (creditsPerSecond === null) reason ??= `the document prices no quality "${quality}"`;
  if (table && profile.dialect === "aigptimage" && (req.generateAudio ?? profile.request.generateAudioDefault.value)) {
    assumptions.push("the page says audio settings affect credits but gives no number: not included");
  }
  const off = profile.billing.contentFilterOffMultiplier;
  const multiplier = off && req.contentFilter === false ? off.value : 1;
  const estimatedCredits = billableSeconds !== null && creditsPerSecond !== null ? round(billableSeconds * creditsPerSecond * multiplier) : null;
  return { outputSeconds, referenceVideoSeconds, billableSeconds, quality, creditsPerSecond, estimatedCredits, multiplier, assumptions, reason };
}
var round = (n) => Math.round(n * 1e6) / 1e6;

export {
  billing,
  round
};
