import {
  loadUserProfiles,
  profileFileSpec
} from "./chunk-U3EPU3TP.js";
import {
  parseArgs
} from "./chunk-3WZ3TLIS.js";
import {
  UsageError,
  suggest
} from "./chunk-P5HRJFQZ.js";
import "./chunk-JOW2LR6I.js";
import {
  findProfile,
  flatLimits,
  profileIds,
  profiles,
  toProfileFile
} from "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/cli/profiles.ts
async function profilesCommand(argv, io) {
  const { values, positionals } = parseArgs(argv, { format: { type: "string", choices: ["pretty", "json"] }, help: { type: "boolean" }, ...profileFileSpec }, "profiles");
  if (values.help) return io.out("Usage: seedance-preflight profiles [ID or model] [--format pretty|json] [--profile-file FILE]...\n  --format json prints profile files: save one, change what you need, load it with --profile-file.\n"), 0;
  if (positionals.length > 1) throw new UsageError(`'profiles' takes at most one profile id; given ${positionals.length}`, `e.g. seedance-preflight profiles ${profileIds()[0]}`);
  const user = await loadUserProfiles(values["profile-file"]);
  const chosen = positionals.length ? [pick(positionals[0], user)] : [...user, ...profiles];
  if (values.format === "json") return io.out(JSON.stringify(positionals.length ? toProfileFile(chosen[0]) : chosen.map(toProfileFile), null, 2) + "\n"), 0;
  for (const p of chosen) io.out(describeProfile(p) + "\n");
  return 0;
}
function pick(id, user) {
  const p = findProfile(id, user);
  if (p) return p;
  const near = suggest(id, [...profileIds(user), ...[...user, ...profiles].flatMap((x) => x.models)]);
  throw new UsageError(`no profile or model '${id}'`, near ? `did you mean 'seedance-preflight profiles ${near}'?` : `one of: ${profileIds(user).join(", ")}`);
}
function describeProfile(p) {
  const lines = [`${p.id}  (${p.dialect}; models: ${p.models.join(", ")})`, `  source: ${cite(p.source)}`];
  const others = /* @__PURE__ */ new Map();
  for (const [key, l] of flatLimits(p)) {
    const other = l.source.url !== p.source.url || l.source.title !== p.source.title;
    if (other) others.set(`${l.source.title}\0${l.source.url}`, l.source);
    const tags = [l.severity, other ? l.source.title : ""].filter(Boolean);
    lines.push(`  ${key.padEnd(34)} ${JSON.stringify(l.value)}${tags.length ? `  [${tags.join(" \xB7 ")}]` : ""}`);
    if (l.note) lines.push(`  ${" ".repeat(34)} note: ${l.note}`);
  }
  for (const s of others.values()) lines.push(`  also cites: ${cite(s)}`);
  return lines.join("\n") + "\n";
}
var cite = (s) => `${s.title} <${s.url}>${s.checked ? ` (checked ${s.checked})` : ""}`;
export {
  profilesCommand
};
