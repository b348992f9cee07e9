import {
  frameRate,
  normaliseFfprobe,
  parseRational
} from "./chunk-XJNQ26GT.js";
import {
  blankFacts
} from "./chunk-XMF4D722.js";
import {
  ffprobePath
} from "./chunk-PFLL5B5F.js";
import {
  track
} from "./chunk-Z7VVAHJZ.js";
import {
  SourceReadError
} from "./chunk-K2LW2AEP.js";

// src/probes/ffprobe.ts
import { spawn } from "node:child_process";
var FFPROBE_ARGS = [
  "-v",
  "error",
  "-print_format",
  "json",
  "-show_entries",
  "format=format_name,duration,size:stream=index,codec_type,codec_name,width,height,avg_frame_rate,r_frame_rate,nb_frames,duration,sample_rate,channels:stream_disposition=attached_pic:stream_side_data=rotation:stream_tags=rotate"
];
var DEEP_FFPROBE_ARGS = ["-count_packets", ...FFPROBE_ARGS.map((a) => a.replace(":stream=", ":stream=nb_read_packets,"))];
function runFfprobe(input, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 3e4;
  const graceMs = opts.graceMs ?? 1e3;
  const maxStdout = opts.maxStdoutBytes ?? 4 * 1024 * 1024;
  const maxStderr = opts.maxStderrBytes ?? 64 * 1024;
  let binary;
  try {
    binary = opts.binary ?? ffprobePath();
  } catch (err) {
    return Promise.resolve({ ok: false, kind: "spawn", detail: err.message, stderr: "" });
  }
  return new Promise((resolve) => {
    const remote = /^https?:\/\//i.test(input);
    const viaFd = !remote && opts.fd !== void 0 && process.platform !== "win32";
    const target = remote ? input : viaFd ? "file:/dev/fd/3" : `file:${input}`;
    const whitelist = remote ? "http,https,tcp,tls" : "file";
    const args = opts.countPackets ? DEEP_FFPROBE_ARGS : FFPROBE_ARGS;
    const child = track(spawn(binary, [...args, "-protocol_whitelist", whitelist, "-i", target], {
      stdio: viaFd ? ["ignore", "pipe", "pipe", opts.fd] : ["ignore", "pipe", "pipe"]
    }));
    const out = [];
    const err = [];
    let outBytes = 0;
    let errBytes = 0;
    let stopped = null;
    let killTimer;
    const stop = (kind, detail) => {
      if (stopped) return;
      stopped = { kind, detail };
      child.kill("SIGTERM");
      killTimer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    };
    const timer = setTimeout(() => stop("timeout", `ffprobe took longer than ${timeoutMs} ms`), timeoutMs);
    child.stdout.on("data", (b) => {
      outBytes += b.length;
      if (outBytes > maxStdout) stop("output_limit", `ffprobe wrote more than ${maxStdout} bytes`);
      else out.push(b);
    });
    child.stderr.on("data", (b) => {
      if (errBytes < maxStderr) err.push(b.subarray(0, maxStderr - errBytes));
      errBytes += b.length;
    });
    let settled = false;
    const finish = (r) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    child.on("error", (e) => finish({ ok: false, kind: "spawn", detail: `could not run ${binary}: ${e.message}`, stderr: "" }));
    child.on("close", (code, signal) => {
      clearTimeout(killTimer);
      const stderr = Buffer.concat(err).toString("utf8").trim();
      if (stopped) return finish({ ok: false, ...stopped, stderr });
      if (code !== 0) {
        const line = stderr.split("\n").find((l) => l.trim());
        const first = line ? line.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, "") : `exit ${code ?? signal}`;
        return finish({ ok: false, kind: "error", detail: first, stderr });
      }
      try {
        finish({ ok: true, json: JSON.parse(Buffer.concat(out).toString("utf8")), stderr });
      } catch {
        finish({ ok: false, kind: "bad_json", detail: "ffprobe printed output that is not JSON", stderr });
      }
    });
  });
}

// src/probes/video.ts
var VIDEO_FIELDS = ["width", "height", "durationSec", "fps", "variableFrameRate", "videoCodec", "audioCodec", "hasVideoStream", "hasAudioStream", "sampleRate", "channels", "rotation"];
var blank = blankFacts("", "");
var UNKNOWN = Object.fromEntries(VIDEO_FIELDS.map((k) => [k, blank[k]]));
async function probeVideo(src, opts = {}) {
  const run = { timeoutMs: opts.timeoutMs, countPackets: opts.deep };
  if (src.localPath) return fromFfprobe(await toolChecked(await runFfprobe(src.localPath, { ...run, fd: src.fd?.() })), opts.deep);
  const { exposeSource } = await import("./loopback-OFSCJMX3.js");
  const exposed = await exposeSource(src);
  try {
    const r = await runFfprobe(exposed.url, run);
    if (!r.ok && exposed.errors.length) throw new SourceReadError(exposed.errors[0]);
    await toolChecked(r);
    return fromFfprobe(r, opts.deep);
  } finally {
    await exposed.close();
  }
}
async function toolChecked(r) {
  if (!r.ok && r.kind !== "timeout" && r.kind !== "output_limit") await (await import("./tool-check-S4I2TX7U.js")).assertToolRuns("ffprobe");
  return r;
}
function fromFfprobe(r, deep = false) {
  if (!r.ok) return { ...UNKNOWN, failure: ffprobeFailure(r) };
  return { ...normaliseFfprobe(r.json), failure: deep ? packetFailure(r.json, r.stderr) : null };
}
function packetFailure(json, stderr) {
  const line = stderr.split("\n").find((l) => l.trim());
  if (line) return { reason: "corrupt", detail: `ffprobe, reading every packet: ${line.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, "")}` };
  for (const s of json.streams ?? []) {
    const listed = Number(s.nb_frames);
    const read = Number(s.nb_read_packets);
    if (listed > 0 && Number.isFinite(read) && read < listed) {
      return { reason: "truncated", detail: `the ${s.codec_type ?? "media"} stream lists ${listed} frames but only ${read} could be read` };
    }
  }
  return null;
}
function ffprobeFailure(r) {
  const detail = `ffprobe: ${r.detail}`;
  if (r.kind === "timeout") return { reason: "timeout", detail };
  if (r.kind !== "error") return { reason: "probe_failed", detail };
  if (/permission denied|no such file/i.test(r.detail)) return { reason: "unreadable", detail };
  return { reason: "corrupt", detail };
}
export {
  ffprobeFailure,
  frameRate,
  normaliseFfprobe,
  packetFailure,
  parseRational,
  probeVideo
};
