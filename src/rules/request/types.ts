import type { Facts, Finding } from '../../types.js';
import type { Profile } from '../../profiles/types.js';
import type { AssetRef, NormalizedRequest } from '../../manifest/types.js';

export interface RequestRuleContext {
  profile: Profile;
  /** Probed facts of an asset; undefined when it was not probed (URLs until remote probing exists). */
  facts: (ref: AssetRef) => Facts | undefined;
  /** Whether a local path exists (used only for unprobed paths): fs.existsSync in Node, the dropped files in a page. */
  exists: (path: string) => boolean;
  /** Why an unprobed URL could not be read where the check ran (a page the server's CORS policy refuses). */
  unchecked?: (ref: AssetRef) => string | undefined;
}

export type RequestRule = (req: NormalizedRequest, ctx: RequestRuleContext) => Finding[];

export const allAssets = (req: NormalizedRequest): AssetRef[] => [...req.images, ...req.videos, ...req.audios];

export const refsOf = (req: NormalizedRequest, kind: AssetRef['kind']): AssetRef[] =>
  kind === 'image' ? req.images : kind === 'video' ? req.videos : req.audios;

/** Sums are compared after rounding to the microsecond/byte so 4.1 + 5.2 + 5.7 is 15, not 15.000000000000002. */
export const roundSum = (n: number): number => Math.round(n * 1e6) / 1e6;
