import {
  adapter
} from "./chunk-XYRULN2P.js";
import {
  safeText
} from "./chunk-JOW2LR6I.js";

// src/submit/base-url.ts
function providerOfId(taskId) {
  return taskId.startsWith("task-unified-") ? "evolink" : taskId.startsWith("task_") ? "aigptimage" : void 0;
}
function chooseProvider(given, taskId, known) {
  const provider = given ?? providerOfId(taskId);
  if (!known || typeof known.provider !== "string" || known.provider === provider) return { provider };
  return {
    provider,
    warning: `the local journal says task ${safeText(taskId)} belongs to ${safeText(known.provider)}; ignored, ` + (provider ? `the key goes to ${provider} (${given ? "--provider" : "the id's form"}).` : `a file in the folder does not choose where the key goes. If it is right, add --provider ${safeText(known.provider)}.`)
  };
}
var origin = (u) => {
  try {
    return new URL(u).origin;
  } catch {
    return null;
  }
};
function chooseBaseUrl(provider, given, known) {
  const chosen = given ? { baseUrl: given } : {};
  const official = adapter(provider).defaultBaseUrl;
  if (!known || known.provider !== provider || typeof known.baseUrl !== "string") return chosen;
  const named = origin(known.baseUrl);
  if (named === origin(official) || given && named === origin(given)) return chosen;
  return {
    ...chosen,
    warning: `the local journal says task ${safeText(String(known.taskId))} was sent to ${safeText(known.baseUrl)}; ignored, the key goes only to ${official} or to a base URL you give. If you sent it there, add --base-url ${safeText(known.baseUrl)} (or set SEEDANCE_BASE_URL).`
  };
}
export {
  chooseBaseUrl,
  chooseProvider,
  providerOfId
};
