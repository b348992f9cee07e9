import {
  walk
} from "./chunk-YJ4YCP6N.js";
import {
  mapPool
} from "./chunk-K4BUYFQS.js";
import {
  paint,
  wantsColor
} from "./chunk-GHFG4EDJ.js";
import {
  describeFacts
} from "./chunk-YRK66HUG.js";
import {
  parseArgs
} from "./chunk-3WZ3TLIS.js";
import {
  probeHelp
} from "./chunk-D3Z5OQVU.js";
import {
  UsageError
} from "./chunk-P5HRJFQZ.js";
import {
  safeDeep,
  safeJson
} from "./chunk-JOW2LR6I.js";

// src/cli/probe.ts
import { lstat } from "node:fs/promises";
var spec = {
  format: { type: "string", choices: ["pretty", "json"] },
  concurrency: { type: "string", int: { min: 1 } },
  "allow-private-urls": { type: "boolean" },
  color: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean" },
  // Accepted (and checked) so one command line works for probe and lint; facts do not depend on a profile.
  "profile-file": { type: "string", multiple: true }
};
var LABELS = [
  ["format", "format"],
  ["mime", "mime"],
  ["width", "width"],
  ["height", "height"],
  ["durationSec", "duration (s)"],
  ["videoCodec", "video codec"],
  ["audioCodec", "audio codec"],
  ["hasVideoStream", "video stream"],
  ["hasAudioStream", "audio stream"],
  ["variableFrameRate", "variable fps"],
  ["sampleRate", "sample rate"],
  ["channels", "channels"],
  ["rotation", "rotation"],
  ["bytes", "bytes"],
  ["probedBy", "probed by"]
];
async function probeCommand(argv, io) {
  const { positionals, values: v } = parseArgs(argv, spec, "probe");
  if (v.help) return io.out(probeHelp), 0;
  await (await import("./profile-files-JPR7WHOS.js")).loadUserProfiles(v["profile-file"]);
  if (positionals.length === 0) throw new UsageError("probe needs at least one file or folder", "e.g. seedance-preflight probe clip.mp4");
  const { probe, isUrl } = await import("./probes-QDVNOO2X.js");
  for (const p of positionals) if (!isUrl(p) && !await lstat(p).catch(() => null)) throw new UsageError(`no such file or folder: ${p}`, "check the path");
  const urls = positionals.filter(isUrl);
  const entries = async function* () {
    for (const u of urls) yield { path: u };
    yield* walk(positionals.filter((p) => !isUrl(p)));
  };
  const all = [];
  const opts = { allowPrivateUrls: Boolean(v["allow-private-urls"]) };
  for await (const f of mapPool(entries(), v.concurrency ?? 4, (e) => probe(e.path, opts))) all.push(f);
  if (v.format === "json") io.out(safeJson(JSON.stringify(all, null, 2)) + "\n");
  else {
    const p = paint(typeof v.color === "boolean" ? v.color : wantsColor(io.stdout));
    for (const f of all) io.out(prettyFacts(safeDeep(f), p) + "\n");
  }
  return all.some((f) => f.failure) ? 1 : 0;
}
function prettyFacts(f, p) {
  const lines = [`${p.bold(f.source)}  ${p.dim(describeFacts(f))}`, `  ${"kind".padEnd(14)} ${f.kind ?? "not media"}`];
  for (const [k, label] of LABELS) {
    const val = f[k];
    if (val !== null && val !== void 0) lines.push(`  ${label.padEnd(14)} ${String(val)}`);
  }
  if (f.fps) lines.push(`  ${"fps".padEnd(14)} ${f.fps.num}/${f.fps.den} (${Number(f.fps.value.toFixed(3))})`);
  if (f.remote) lines.push(`  ${"url".padEnd(14)} HTTP ${f.remote.status ?? "-"} ${f.remote.contentType ?? ""}${f.remote.redirects ? `, ${f.remote.redirects} redirect(s) to ${f.remote.finalUrl}` : ""}; ${f.remote.bytesRead.toLocaleString("en-US")} bytes read${f.remote.expiresAt ? `; expires ${f.remote.expiresAt}` : ""}`);
  if (f.extensionMismatch) lines.push(`  ${"name".padEnd(14)} ${p.yellow(`.${f.extension} does not match the content (${f.format})`)}`);
  lines.push(`  ${"intact".padEnd(14)} ${f.failure ? p.red(`no: ${f.failure.reason} (${f.failure.detail})`) : p.green("yes")}`);
  return lines.join("\n");
}
export {
  probeCommand
};
