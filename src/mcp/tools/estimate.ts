import type { NormalizedRequest } from '../../manifest/types.js';
import type { Billing, Citation } from '../../types.js';
import { estimateSchema } from '../schemas.js';
import { checkBody, requestInput } from './request.js';
import type { ToolDef } from './types.js';

/** `estimate`: the billing estimate of one request, and what it takes for granted. */
export const estimateTool: ToolDef<typeof requestInput> = {
  name: 'estimate',
  config: {
    title: 'Estimate the cost of a request',
    description: 'Billable seconds and estimated credits of one request body, from the profile\'s published prices and the probed durations of its reference videos, with the assumptions behind them. Sends nothing.',
    inputSchema: requestInput,
    outputSchema: estimateSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  },
  async run(args, { server, progress }) {
    const { report, req } = await checkBody(args, server, progress);
    const r = report.requests[0];
    const assumptions = r.billing ? assumptionsOf(r.billing, req) : ['the request could not be read (see problems): nothing to estimate'];
    const head = r.billing?.estimatedCredits != null
      ? `≈ ${r.billing.estimatedCredits} credits for ${r.billing.billableSeconds} billable s`
      : r.billing?.billableSeconds != null ? `${r.billing.billableSeconds} billable s; no credit price known` : 'no estimate';
    return {
      text: [`${head} (${r.profile})`, ...assumptions.map((a) => `  - ${a}`)].join('\n') + '\n',
      data: { ok: r.ok, profile: r.profile, billing: r.billing, assumptions, problems: r.problems },
    };
  },
};

const cite = (s: Citation): string => `${s.title}, ${s.url}`;

/** Each input of the estimate in words: where it came from, and what is not known. */
function assumptionsOf(b: Billing, req: NormalizedRequest): string[] {
  const p = req.profile;
  const d = p.request.durations.value;
  const out: string[] = [];
  if (b.outputSeconds === null) out.push(`the request leaves the duration to the model (${d.auto}): the output length, and so the price, is known only after the task runs`);
  else out.push(req.duration !== null ? `output: ${b.outputSeconds} s, as the request sets it` : `output: ${b.outputSeconds} s, the default of ${p.id} (the request sets no duration)`);
  const billed = p.billing.referenceVideoBilled;
  if (billed.value) {
    out.push(req.videos.length
      ? `reference videos are billed too (${cite(billed.source)}): ${b.referenceVideoSeconds} s, their probed durations${b.billableSeconds === null && b.outputSeconds !== null ? ' (a video whose duration could not be read leaves the total unknown)' : ''}`
      : `reference videos are billed too (${cite(billed.source)}); this request has none`);
  } else out.push(`reference videos are not billed (${cite(billed.source)})`);
  out.push(`quality: ${b.quality}${req.quality !== null ? ', as the request sets it' : ', the profile default'}`);
  const price = p.billing.creditsPerSecond;
  out.push(b.creditsPerSecond !== null && price
    ? `price: ${b.creditsPerSecond} credits per second at ${b.quality} (${cite(price.source)})`
    : `${p.id} publishes no credit price${b.quality ? ` for ${b.quality}` : ''}: only billable seconds are estimated`);
  const off = p.billing.contentFilterOffMultiplier;
  if (b.multiplier !== 1 && off) out.push(`x${b.multiplier}: the content filter is off (${cite(off.source)})`);
  out.push('the provider\'s own bill is what counts: this estimate is only as current as the profile\'s prices');
  return out;
}
