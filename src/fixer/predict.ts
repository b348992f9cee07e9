import type { Facts } from '../types.js';
import type { FixAction, OutputSpec } from './types.js';

/**
 * Pure: the facts the output of a plan will have, from its steps alone. The planner runs the asset
 * rules on this to know, before anything runs, that every error is answered (one step often answers
 * several: a scale fixes a side and the frame pixels at once). Bytes are the encoder's business: a
 * re-encode keeps under the output's cap (quality ladder, capped CRF) or fails and says so.
 */
export function predict(f: Facts, actions: FixAction[], output: OutputSpec): Facts {
  const next: Facts = { ...f, format: output.format, extension: output.extension, extensionMismatch: false, failure: null };
  for (const a of actions) {
    if (a.type === 'crop' || a.type === 'scale' || a.type === 'pad') Object.assign(next, { width: a.to.width, height: a.to.height });
    else if (a.type === 'orient') next.rotation = null;
    else if (a.type === 'retime') next.fps = a.to;
    else if (a.type === 'trim' || a.type === 'extend') next.durationSec = a.toSec;
    else if (a.type === 'downmix') next.channels = a.to;
    else if (a.type === 'resample') next.sampleRate = a.to;
  }
  const copied = actions.every((a) => a.type === 'remux');
  if (!copied && output.maxBytes !== null && next.bytes !== null) next.bytes = Math.min(next.bytes, output.maxBytes);
  return next;
}
