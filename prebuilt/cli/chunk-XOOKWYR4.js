import {
  ProfileFileError,
  buildProfile,
  profiles
} from "./chunk-OKHP77KM.js";
import {
  LIMIT_KEYS,
  limitKeys
} from "./chunk-PBWBXHZX.js";

// src/profiles/resolve.ts
function nearest(input, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(input.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(input.length / 3)) ? best : void 0;
}
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
function resolveProfiles(files, builtins) {
  const byId = /* @__PURE__ */ new Map();
  for (const f of files) {
    const taken = builtins.some((b) => b.id === f.file.id) ? "a built-in profile" : byId.has(f.file.id) ? byId.get(f.file.id).name : null;
    if (taken) throw new ProfileFileError(f.name, "id", `"${f.file.id}" is already the id of ${taken}`, 'choose another id, and "extends" the one you mean to change');
    byId.set(f.file.id, f);
  }
  const done = /* @__PURE__ */ new Map();
  const visit = (f, chain) => {
    const ready = done.get(f.file.id);
    if (ready) return ready;
    if (chain.includes(f.file.id)) throw new ProfileFileError(f.name, "extends", `"extends" makes a cycle: ${[...chain, f.file.id].join(" -> ")}`, "one profile of the cycle must extend a built-in profile instead");
    let base;
    const ext = f.file.extends;
    if (ext !== void 0) {
      const parent = byId.get(ext);
      base = parent ? visit(parent, [...chain, f.file.id]) : builtins.find((b) => b.id === ext);
      if (!base) {
        const near = nearest(ext, [...builtins.map((b) => b.id), ...byId.keys()]);
        throw new ProfileFileError(f.name, "extends", `no profile "${ext}" to extend`, near ? `did you mean "${near}"?` : `one of: ${builtins.map((b) => b.id).join(", ")}`);
      }
    }
    const p = buildProfile(f.file, base, f.name);
    done.set(p.id, p);
    return p;
  };
  const out = files.map((f) => visit(f, []));
  const claimed = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const m of f.file.models) {
      const other = claimed.get(m);
      if (other) throw new ProfileFileError(f.name, "models", `model "${m}" is already claimed by profile "${other.file.id}" (${other.name})`, "a model belongs to one profile: remove it from one of them, and choose the other with --model ID");
      claimed.set(m, f);
    }
  }
  return out;
}

// src/profiles/parse.ts
var TOP_KEYS = ["$schema", "id", "extends", "title", "dialect", "models", "source", "limits", "notes"];
var EXPECTED = {
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  string: "a string",
  strings: "a list of strings",
  durations: '{"min", "max", "integer", "auto", "default"}',
  callback: '{"httpsOnly", "publicHostOnly", "maxLength"}',
  seedRange: '{"min", "max", "random"}',
  credits: 'an object of credits per second by quality, e.g. {"720p": 80}'
};
function describe(name, data, error) {
  const issue = error.issues[0];
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    const inLimits = path[0] === "limits";
    const near = nearest(key, inLimits ? limitKeys : TOP_KEYS);
    return new ProfileFileError(name, inLimits ? key : key, `unknown key${inLimits ? ' in "limits"' : ""}`, near ? `did you mean "${near}"?` : inLimits ? "run 'seedance-preflight profiles' to see every key" : `keys: ${TOP_KEYS.join(", ")}`);
  }
  if (path[0] === "limits" && path[1]) {
    const key = path[1];
    const spec = LIMIT_KEYS[key];
    const given = data.limits?.[key];
    const sub = path.length > 2 ? ` (at ${path.slice(2).join(".")})` : "";
    return new ProfileFileError(name, key, `wrong type${sub}: expected ${EXPECTED[spec.kind]}, or {"value": ..., "source"?: {...}}${spec.removable ? ", or null to remove the check" : ""}; given ${JSON.stringify(given)?.slice(0, 80)}`);
  }
  return new ProfileFileError(name, path.join(".") || null, issue.message);
}
async function parseProfiles(inputs) {
  if (inputs.length === 0) return [];
  const { ProfileFileSchema } = await import("./schema-XJTD3R3U.js");
  const files = inputs.map(({ data, name }) => {
    const r = ProfileFileSchema.safeParse(data);
    if (!r.success) throw describe(name, data, r.error);
    return { file: r.data, name };
  });
  return resolveProfiles(files, profiles);
}
var isBuilt = (v) => !!v && typeof v === "object" && "image" in v && "request" in v && !("limits" in v);
async function userProfiles(list) {
  if (!list?.length) return [];
  const built = list.filter(isBuilt);
  const raw = list.map((data, i) => ({ data, name: `profiles[${i}]` })).filter((x) => !isBuilt(x.data));
  return [...built, ...await parseProfiles(raw)];
}

export {
  parseProfiles,
  userProfiles
};
