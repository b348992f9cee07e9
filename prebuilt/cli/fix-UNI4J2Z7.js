import {
  lineWriter
} from "./chunk-HWNYKCVG.js";
import {
  paint,
  wantsColor
} from "./chunk-GHFG4EDJ.js";
import {
  parseArgs
} from "./chunk-3WZ3TLIS.js";
import {
  PreflightUsageError
} from "./chunk-7PJ34LFJ.js";
import {
  UsageError
} from "./chunk-P5HRJFQZ.js";
import {
  safeDeep,
  safeJson,
  safeText
} from "./chunk-JOW2LR6I.js";

// src/cli/fix.ts
import { join } from "node:path";

// src/cli/fix-progress.ts
function fixProgress(stream) {
  if (!stream.isTTY) return void 0;
  const active = /* @__PURE__ */ new Map();
  let drawn = false;
  let lastDraw = 0;
  const line = lineWriter(stream);
  const clear = () => {
    if (drawn) line.clear();
    drawn = false;
  };
  const name = (s, width) => s.length > width ? "\u2026" + s.slice(-width + 1) : s;
  const draw = () => {
    clear();
    if (active.size === 0) return;
    const width = Math.max(20, Math.floor(((stream.columns ?? 80) - 10) / active.size) - 12);
    const parts = [...active.values()].map((e) => `${e.n}/${e.total} ${name(safeText(e.source), width)}${e.percent !== void 0 ? ` ${Math.floor(e.percent)}%` : ""}`);
    line.write(`fixing ${parts.join("  ")}`);
    drawn = true;
    lastDraw = Date.now();
  };
  return {
    onProgress(e) {
      if (e.phase === "start") {
        active.set(e.source, e);
        return draw();
      }
      if (e.phase === "progress") {
        const before = active.get(e.source);
        active.set(e.source, e);
        const first = before?.percent === void 0;
        const changed = Math.floor(e.percent ?? 0) !== Math.floor(before?.percent ?? 0);
        if (first || changed && ((e.percent ?? 0) >= 99 || Date.now() - lastDraw >= 100)) draw();
        return;
      }
      active.delete(e.source);
      clear();
      stream.write(`${e.n}/${e.total} ${e.status === "fixed" ? "done  " : "FAILED"} ${safeText(e.source)}
`);
      draw();
    },
    end: clear
  };
}

// src/cli/fix.ts
var fixHelp = `Usage: seedance-preflight fix <path|manifest...> --out DIR [options]

Turns out-of-spec images, videos and audio into files that pass, with sharp and ffmpeg: converts
formats, scales, pads (or crops) to the aspect range, retimes fps, trims, fits size caps, applies
rotation. Each output is probed again and must pass the rules, or it is reported as failed. Manifests
(.json requests) get their clips trimmed to the together-budgets and a new manifest in DIR that
points at the fixed files, in the same order; the unchanged files it names are hard-linked (or
copied) into DIR too, so DIR holds everything the new manifest needs. Inputs are never written.

ffmpeg: SEEDANCE_PREFLIGHT_FFMPEG when set, else the newest of the ffmpeg on PATH and the bundled
build (--verbose and --format json say which).

Options:
  --out <dir>             where the fixed files go (required); folders keep their layout,
                          files keep their base name (the extension may change)
  --dry-run               print the plan and write nothing (the same steps and fallbacks a real run takes)
  --print-commands        under each file, the ffmpeg command line (images: the sharp calls) that
                          produces it, to reproduce or adapt by hand (also in --format json)
  --verbose               also say which ffmpeg runs, and why
  --crop                  fix the aspect ratio by cropping instead of padding
  --trim-strategy <s>     how clips are trimmed to a manifest's total duration:
                          proportional (default), end (last clips first), longest (longest first)
  --format <name>         pretty (default) or json
  --concurrency <n>       files worked on at once (default 2)
  --model <id|model>      profile for loose files (manifests pick theirs from their model)
  --profile-file FILE     a profile file (repeatable); --model takes its id or models
  --preset <name>         x264 speed/size preset (default veryfast)
  --color / --no-color    force colour on or off

Exit codes: 0 every input ends in spec, 1 something is unfixable or failed, 2 usage error.

Examples:
  seedance-preflight fix assets/ --out fixed/
  seedance-preflight fix request.json --out fixed/ --dry-run
  seedance-preflight fix clip.mkv --out fixed/ --format json
  seedance-preflight fix clip.mov --out fixed/ --dry-run --print-commands
`;
var PRESETS = ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"];
var spec = {
  out: { type: "string" },
  "dry-run": { type: "boolean" },
  "print-commands": { type: "boolean" },
  verbose: { type: "boolean" },
  crop: { type: "boolean" },
  "trim-strategy": { type: "string", choices: ["proportional", "end", "longest"] },
  format: { type: "string", choices: ["pretty", "json"] },
  concurrency: { type: "string", int: { min: 1 } },
  model: { type: "string" },
  "profile-file": { type: "string", multiple: true },
  preset: { type: "string", choices: PRESETS },
  color: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean" }
};
async function fixCommand(argv, io) {
  const { positionals, values: v } = parseArgs(argv, spec, "fix");
  if (v.help) return io.out(fixHelp), 0;
  if (positionals.length === 0) throw new UsageError("fix needs at least one file, folder or manifest", "e.g. seedance-preflight fix assets/ --out fixed/");
  if (!v.out) throw new UsageError("fix needs --out DIR: the folder the fixed files are written to", `e.g. seedance-preflight fix ${positionals[0]} --out fixed/`);
  await refuseOutAroundInputs(positionals, String(v.out));
  const { fix } = await import("./fixer-MUWRESPQ.js");
  const progress = fixProgress(io.stderr);
  const report = await fix(positionals, {
    out: String(v.out),
    dryRun: Boolean(v["dry-run"]),
    crop: Boolean(v.crop),
    trimStrategy: v["trim-strategy"],
    concurrency: v.concurrency,
    model: v.model,
    profiles: await (await import("./profile-files-JPR7WHOS.js")).loadUserProfiles(v["profile-file"]),
    preset: v.preset,
    // transcodes take seconds: n/N and ffmpeg's percent, on a terminal only
    onProgress: progress?.onProgress
  }).catch((e) => {
    if (e instanceof PreflightUsageError && e.option === "out") throw new UsageError(e.message, `${e.hint ?? "choose another folder"}, e.g. --out fixed/`);
    throw e;
  }).finally(() => progress?.end());
  if (v.format === "json") io.out(safeJson(JSON.stringify(report, null, 2)) + "\n");
  else {
    const { formatFixPretty } = await import("./pretty-YT43N62X.js");
    io.out(formatFixPretty(safeDeep(report), paint(typeof v.color === "boolean" ? v.color : wantsColor(io.stdout)), { commands: Boolean(v["print-commands"]), verbose: Boolean(v.verbose) }));
  }
  return report.ok ? 0 : 1;
}
async function refuseOutAroundInputs(inputs, out) {
  const { realpath, stat } = await import("node:fs/promises");
  const { dirname, relative, resolve, isAbsolute } = await import("node:path");
  const real = (p) => realpath(p).catch(() => resolve(p));
  const outReal = await real(out);
  for (const input of inputs) {
    if (!(await stat(input).catch(() => null))?.isDirectory()) continue;
    const rel = relative(outReal, await real(input));
    if (rel === "" || !rel.startsWith("..") && !isAbsolute(rel)) {
      throw new UsageError(`--out ${out} is ${rel === "" ? "" : "a parent of "}the input folder ${input}: every input would be skipped as an earlier output`, `write the fixed files to a separate folder, e.g. --out ${join(dirname(resolve(out)), "fixed")}`);
    }
  }
}
export {
  fixCommand,
  fixHelp
};
