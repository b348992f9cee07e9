import type { Facts, Finding } from '../types.js';
import type { Profile } from '../profiles/types.js';
import type { NormalizedRequest } from '../manifest/types.js';
import type { Plan, PlanOptions } from './types.js';
import type { Outcome } from './execute.js';
import type { InputFile } from './inputs.js';
import type { SampleFormat } from '../media/sample-format.js';

/** One file the fixer works on, from probe to outcome. */
export interface Job {
  input: InputFile;
  real: string;
  profile: Profile;
  manifest: boolean;
  shares: Pick<PlanOptions, 'trimTo' | 'maxBytes'>;
  facts?: Facts;
  sampleFormat?: SampleFormat | null;
  findings?: Finding[];
  plan?: Plan;
  output?: { abs: string; shown: string };
  /** An unchanged file a written manifest names: linked (or copied) here, so the manifest is self-contained. */
  carry?: { abs: string; shown: string; how?: 'link' | 'copy'; error?: string };
  outcome?: Outcome;
}

export interface ManifestJob {
  input: InputFile;
  req: NormalizedRequest;
  /** Request errors the fixer does not change (schema, prompt, counts, ...), or budgets it cannot meet. */
  blocked: { code: string; reason: string }[];
  output: { abs: string; shown: string };
  budget: boolean;
}

export const refsOf = (req: NormalizedRequest) => [...req.images, ...req.videos, ...req.audios];
