import {
  PreflightEnvironmentError
} from "./chunk-7PJ34LFJ.js";
import {
  NotExecutableError,
  TOOL_ENV,
  ffmpegPath,
  ffprobePath
} from "./chunk-PFLL5B5F.js";
import {
  track
} from "./chunk-Z7VVAHJZ.js";

// src/lib/tool-check.ts
import { spawn } from "node:child_process";
var checks = /* @__PURE__ */ new Map();
function assertToolRuns(tool, binary) {
  let path;
  try {
    path = binary ?? (tool === "ffprobe" ? ffprobePath() : ffmpegPath());
  } catch (e) {
    const fix = e instanceof NotExecutableError ? `run: ${e.command}` : void 0;
    return Promise.reject(toolUnavailable(tool, e.message.replace(/\. Fix it with: .*$/, ""), fix));
  }
  let check = checks.get(path);
  if (!check) checks.set(path, check = versionCheck(tool, path));
  return check;
}
function versionCheck(tool, path) {
  return new Promise((resolve, reject) => {
    const child = track(spawn(path, ["-version"], { stdio: ["ignore", "pipe", "ignore"] }));
    let out = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 1e4);
    child.stdout.on("data", (b) => {
      if (out.length < 4096) out += b.toString("utf8");
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(toolUnavailable(tool, `${path} cannot be started (${e.code === "EACCES" ? "not executable" : e.code === "ENOENT" ? "no such file" : e.code ?? e.message})`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && out.startsWith(`${tool} version`)) return resolve();
      const why = code === 0 ? `its output does not start with "${tool} version"` : `it exited with ${code ?? signal}`;
      reject(toolUnavailable(tool, `${path} is not a working ${tool}: asked for "-version", ${why}`));
    });
  });
}
function toolUnavailable(tool, detail, fix, env = process.env) {
  const name = TOOL_ENV[tool];
  const override = env[name];
  const hint = fix ?? (override ? `${name}=${override} is set: point it at a working ${tool} (e.g. /usr/bin/${tool}), or unset it to use the one bundled with seedance-preflight` : `reinstall seedance-preflight (its ${tool} comes from @${tool}-installer/${tool}), or install ffmpeg (e.g. apt-get install ffmpeg, brew install ffmpeg) and set ${name}=/usr/bin/${tool}`);
  return new PreflightEnvironmentError(`${tool}_unavailable`, `${tool} cannot run: ${detail}`, hint);
}

export {
  assertToolRuns,
  toolUnavailable
};
