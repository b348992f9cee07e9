import type { Finding } from '../../types.js';
import type { Profile, Source } from '../../profiles/types.js';
import { findProfile } from '../../profiles/index.js';
import type { RequestRule } from './types.js';

/** The document that names a profile's model ids: the profile's own. */
function modelSource(profile: Profile): Source {
  return profile.source;
}

/** Model the profile does not serve (request.model_unknown); model announced but not available (the mini page). */
export const modelRules: RequestRule = (req, { profile }) => {
  const out: Finding[] = [];
  const model = req.model;
  if (model !== null && !profile.models.includes(model)) {
    const other = findProfile(model);
    out.push({
      code: 'request.model_unknown',
      severity: 'error',
      args: { actual: model, limit: profile.models, profile: profile.id, dialect: profile.dialect, otherProfile: other && other.id !== profile.id ? other.id : null, source: modelSource(profile) },
    });
  }
  const na = profile.request.unavailable;
  if (na) {
    out.push({ code: 'request.model_unavailable', severity: na.severity ?? 'warning', args: { actual: model ?? profile.models[0], note: na.value, source: na.source } });
  }
  return out;
};
