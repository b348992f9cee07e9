import {
  cite,
  fmtBytes,
  fmtNum,
  fmtSec
} from "./chunk-7RN3WETQ.js";

// src/messages/asset.ts
var bound = (a) => a.bound === "min" ? "at least" : "at most";
var list = (v) => Array.isArray(v) ? v.join(", ") : String(v);
var ratio = (a) => `${a.width}x${a.height} = ${Number(Number(a.actual).toFixed(4))}`;
var assetMessages = {
  "file.not_found": {
    message: (_a, s) => `${s}: no such file`,
    fix: () => "Check the path; paths in a manifest are relative to the manifest file."
  },
  "file.outside_roots": {
    message: (a, s) => `${s}: leads outside the folders given (to ${a.detail}); it was not read`,
    fix: () => "Copy the file into the folder being checked, or add --follow-symlinks-outside if you trust where it points."
  },
  "file.not_regular": {
    message: (a, s) => `${s}: not a regular file (${a.detail ?? a.reason}); it was not opened`,
    fix: () => "Point at a regular media file."
  },
  "file.empty": {
    message: (_a, s) => `${s}: the file is empty (0 bytes)`,
    fix: () => "Export or download the asset again."
  },
  "file.unreadable": {
    message: (a, s) => `${s}: cannot be read: ${a.detail}`,
    fix: () => "Check the file permissions."
  },
  "file.truncated": {
    message: (a, s) => `${s}: the file is truncated (${a.detail})`,
    fix: () => "The file was cut short (an interrupted copy or download): get a complete copy."
  },
  "file.corrupt": {
    message: (a, s) => `${s}: the file is corrupt (${a.detail})`,
    fix: () => "Re-export the asset from its source."
  },
  "file.unknown_format": {
    message: (a, s) => `${s}: the content is not an image, video or audio format the API takes${a.actual && a.actual !== "unknown" ? ` (it is ${a.actual})` : ""}`,
    fix: () => "Use JPEG, PNG or WebP images, MP4 or MOV videos, MP3 or WAV audio."
  },
  "file.extension_mismatch": {
    message: (a, s) => `${s}: the name says .${a.extension} but the content is ${a.actual}`,
    fix: (a) => `Rename the file to match its content (.${a.actual === "jpeg" ? "jpg" : a.actual}); servers pick Content-Type from the name.`
  },
  "file.probe_failed": {
    message: (a, s) => `${s}: could not be probed (${a.detail ?? a.reason})`,
    fix: () => "Check the file plays in a media player; re-export it if it does not."
  },
  "file.unverified": {
    message: (a, s) => `${s}: ${list(a.actual)} could not be learned here${a.detail ? ` (${a.detail})` : ""}, so ${Array.isArray(a.actual) && a.actual.length > 1 ? "their limits were" : "its limit was"} not checked`,
    fix: () => "Check the file with the command line tool (seedance-preflight lint FILE), which reads every fact."
  },
  "url.http_status": {
    message: (a, s) => `${s}: the URL answered ${a.detail}`,
    fix: (a) => String(a.hint ?? "Check the URL opens in a private browser window.")
  },
  "url.timeout": { message: (a, s) => `${s}: the URL did not answer in time (${a.detail})`, fix: (a) => String(a.hint ?? "Check the host is up.") },
  "url.network": { message: (a, s) => `${s}: the URL could not be reached (${a.detail})`, fix: (a) => String(a.hint ?? "Check the host name and that it is public.") },
  "url.blocked_address": {
    message: (a, s) => `${s}: the URL points at a private address the provider cannot reach (${a.detail})`,
    fix: (a) => String(a.hint ?? "Use a public URL; --allow-private-urls only for staging and tests.")
  },
  "url.bad_scheme": { message: (a, s) => `${s}: not an http(s) URL (${a.detail})`, fix: (a) => String(a.hint ?? "Use an https:// URL.") },
  "url.html_not_media": {
    message: (a, s) => `${s}: the URL serves an HTML page, not the media file (${a.detail})`,
    fix: (a) => String(a.hint ?? "Use the direct download link, not the page that shows the file.")
  },
  "url.too_many_redirects": { message: (a, s) => `${s}: ${a.detail}`, fix: (a) => String(a.hint ?? "Use the final URL.") },
  "url.too_large": { message: (a, s) => `${s}: ${a.detail}`, fix: (a) => String(a.hint ?? "Check the URL points at the asset.") },
  "url.expires_soon": {
    message: (a, s) => `${s}: the presigned URL ${Number(a.actual) < 0 ? `expired ${fmtNum(-Number(a.actual))} s ago` : `expires in ${fmtNum(a.actual)} s`} (at ${a.expiresAt}); it should stay valid at least ${fmtNum(a.limit)} s${cite(a)}`,
    fix: () => "Presign it again with a longer expiry (e.g. 24 h) just before you submit."
  },
  "image.format": {
    message: (a, s) => `${s}: image format ${a.actual} is not accepted; allowed: ${list(a.limit)}${cite(a)}`,
    fix: () => "Convert it to PNG or JPEG (`seedance-preflight fix` does this)."
  },
  "image.side": {
    message: (a, s) => `${s}: image is ${a.width}x${a.height}: ${a.side} ${fmtNum(a.actual)} px; each side must be ${bound(a)} ${fmtNum(a.limit)} px${cite(a)}`,
    fix: (a) => a.bound === "min" ? `Upscale so both sides are at least ${fmtNum(a.limit)} px.` : `Downscale so both sides are at most ${fmtNum(a.limit)} px.`
  },
  "image.aspect_ratio": {
    message: (a, s) => `${s}: image aspect ratio ${ratio(a)}; width/height must be ${bound(a)} ${a.limit}${cite(a)}`,
    fix: (a) => `Pad or crop to a width/height between ${a.min} and ${a.max}.`
  },
  "image.bytes": {
    message: (a, s) => `${s}: image is ${fmtBytes(a.actual)}; at most ${fmtBytes(a.limit)}${cite(a)}`,
    fix: () => "Recompress (JPEG quality 85-90) or downscale."
  },
  "video.format": {
    message: (a, s) => `${s}: video container ${a.actual} is not accepted; allowed: ${list(a.limit)}${cite(a)}`,
    fix: () => "Remux or transcode to MP4 (H.264/AAC), e.g. `ffmpeg -i in -c:v libx264 -c:a aac -movflags +faststart out.mp4`."
  },
  "video.no_video_stream": {
    message: (a, s) => `${s}: the file has no video stream (${a.actual})`,
    fix: () => "Pass it as audio (as MP3 or WAV) or use a file with a picture."
  },
  "video.side": {
    message: (a, s) => `${s}: video is ${a.width}x${a.height}: ${a.side} ${fmtNum(a.actual)} px; each side must be ${bound(a)} ${fmtNum(a.limit)} px${cite(a)}`,
    fix: (a) => a.bound === "min" ? "Scale the video up." : "Scale the video down."
  },
  "video.aspect_ratio": {
    message: (a, s) => `${s}: video aspect ratio ${ratio(a)}; width/height must be ${bound(a)} ${a.limit}${cite(a)}`,
    fix: (a) => `Pad or crop to a width/height between ${a.min} and ${a.max}.`
  },
  "video.frame_pixels": {
    message: (a, s) => `${s}: frame is ${a.width}x${a.height} = ${fmtNum(a.actual)} px; width x height must be ${bound(a)} ${fmtNum(a.limit)}${cite(a)}`,
    fix: (a) => `Scale so width x height is between ${fmtNum(a.min)} and ${fmtNum(a.max)} (e.g. 640x640 up to 2206x946).`
  },
  "video.duration": {
    message: (a, s) => `${s}: video is ${fmtSec(a.actual)}; each clip must be ${bound(a)} ${fmtSec(a.limit)}${cite(a)}`,
    fix: (a) => a.bound === "min" ? "Use a longer clip." : `Trim it to ${fmtSec(a.limit)}, e.g. \`ffmpeg -i in -t ${a.limit} -c copy out.mp4\`.`
  },
  "video.fps": {
    message: (a, s) => `${s}: frame rate is ${a.rational} (${fmtNum(a.actual)} fps); must be ${bound(a)} ${a.limit} fps${cite(a)}`,
    fix: (a) => `Retime to ${a.limit} fps, e.g. \`ffmpeg -i in -vf fps=${a.limit} out.mp4\`.`
  },
  "video.variable_frame_rate": {
    message: (a, s) => `${s}: variable frame rate; the average ${a.actual} was checked`,
    fix: () => "Convert to a constant frame rate if the provider rejects it."
  },
  "video.bytes": {
    message: (a, s) => `${s}: video is ${fmtBytes(a.actual)}; at most ${fmtBytes(a.limit)}${cite(a)}`,
    fix: () => "Re-encode at a lower bitrate or resolution."
  },
  "audio.format": {
    message: (a, s) => `${s}: audio format ${a.actual} is not accepted; allowed: ${list(a.limit)}${cite(a)}`,
    fix: () => "Convert to MP3 or WAV, e.g. `ffmpeg -i in -c:a libmp3lame -q:a 2 out.mp3`."
  },
  "audio.duration": {
    message: (a, s) => `${s}: audio is ${fmtSec(a.actual)}; each clip must be ${bound(a)} ${fmtSec(a.limit)}${cite(a)}`,
    fix: (a) => a.bound === "min" ? "Use a longer clip." : `Trim it to ${fmtSec(a.limit)}, e.g. \`ffmpeg -i in -t ${a.limit} out.mp3\`.`
  },
  "audio.bytes": {
    message: (a, s) => `${s}: audio is ${fmtBytes(a.actual)}; at most ${fmtBytes(a.limit)}${cite(a)}`,
    fix: () => "Use MP3 instead of WAV, or downmix to mono / resample to 44.1 kHz."
  }
};

// src/messages/request.ts
var list2 = (v) => Array.isArray(v) ? v.join(", ") : String(v);
var NOUN = { audio: "audio clip" };
var plural = (n, word) => `${fmtNum(n)} ${NOUN[word] ?? word}${Number(n) === 1 ? "" : "s"}`;
var asset = (a) => `${a.kind} ${Number(a.index) + 1}${a.field ? ` (${a.field}[${a.index}])` : ""}`;
var unknownNote = (a) => Number(a.unknown) > 0 ? `; ${plural(a.unknown, "clip")} not measured, so the real total is higher` : "";
var durationRange = (l) => `an integer from ${l.min} to ${l.max}${l.auto !== null && l.auto !== void 0 ? `, or ${l.auto} to let the model decide` : ""}`;
var CALLBACK = {
  too_long: (a) => [`is ${fmtNum(a.actual)} characters long; at most ${fmtNum(a.limit)}`, "Use a shorter URL (move state into your own storage, keyed by the task id)."],
  invalid: () => ["is not a valid absolute URL", "Give a full https:// URL."],
  not_https: (a) => [`uses ${a.actual}; only https is accepted`, "Serve the webhook over HTTPS."],
  private_host: (a) => [
    `points at ${a.actual}, ${a.hostClass === "local_name" ? "a local-only host name" : `a ${String(a.hostClass).replace(/_/g, "-")} address`} the provider refuses to call`,
    "Use a public host name; for local testing, expose the endpoint through a public HTTPS tunnel."
  ],
  unqualified_host: (a) => [`host "${a.actual}" has no domain, so it cannot resolve from the provider`, "Use a fully qualified public host name."]
};
var requestMessages = {
  "request.invalid_json": {
    message: (a, s) => `${s}: not valid JSON at line ${a.line}, column ${a.column}: ${a.detail}`,
    fix: () => "Fix the JSON syntax there (a trailing comma, a missing quote or bracket are the usual causes)."
  },
  "request.schema": {
    message: (a, s) => a.issue === "truncated" ? `${s}: ${fmtNum(a.more)} more fields or items of the wrong type or shape (not listed)` : `${s}: ${a.path} ${a.received === "missing" ? "is required but missing" : `is ${a.received}`}${a.expected ? `; expected ${a.expected}` : ""} (${a.dialect} body${a.source?.title ? `, as ${a.source.title} defines it` : ""})`,
    fix: (a) => a.issue === "truncated" ? "Fix the listed ones first; the rest are likely the same mistake." : `Give ${a.path} ${a.expected ? `as ${a.expected}` : "the right type"}.`
  },
  "request.unknown_field": {
    message: (a, s) => a.issue === "truncated" ? `${s}: ${fmtNum(a.more)} more fields the ${a.dialect} body does not define (not listed)` : `${s}: ${a.path} is not a field of the ${a.dialect} body${cite(a)}; the API may reject or ignore it`,
    fix: (a) => a.issue === "truncated" ? "Remove the fields the API does not define." : `Remove "${a.field}" or check its spelling.`
  },
  "request.count": {
    message: (a, s) => `${s}: ${plural(a.actual, a.kind)} in ${a.field}; at most ${fmtNum(a.limit)}${cite(a)}`,
    fix: (a) => `Drop ${fmtNum(Number(a.actual) - Number(a.limit))} of them (or merge several into one ${a.kind}).`
  },
  "request.asset_cap": {
    message: (a, s) => `${s}: ${plural(a.actual, "asset")} in all (${plural(a.images, "image")}, ${plural(a.videos, "video")}, ${plural(a.audios, "audio")}); at most ${fmtNum(a.limit)} together${cite(a)}`,
    fix: (a) => `Drop ${fmtNum(Number(a.actual) - Number(a.limit))} assets.`
  },
  "request.kind_mismatch": {
    message: (a, s) => `${s}: ${asset(a)} is listed as ${a.kind} but its content is ${a.actual}${a.format ? ` (${a.format})` : ""}`,
    fix: (a) => `Move it to ${a.suggestedField}, or replace it with a ${a.kind} file.`
  },
  "request.video_total_duration": {
    message: (a, s) => `${s}: total video duration is ${fmtSec(a.actual)} (${plural(a.clips, "clip")}); ${a.bound === "min" ? "at least" : "at most"} ${fmtSec(a.limit)}${cite(a)}${unknownNote(a)}`,
    fix: (a) => a.bound === "min" ? `Use longer clips (together at least ${fmtSec(a.limit)}).` : `Trim the clips so together they last at most ${fmtSec(a.limit)}.`
  },
  "request.audio_total_duration": {
    message: (a, s) => `${s}: total audio duration is ${fmtSec(a.actual)} (${plural(a.clips, "clip")}); at most ${fmtSec(a.limit)}${cite(a)}${unknownNote(a)}`,
    fix: (a) => `Trim the clips so together they last at most ${fmtSec(a.limit)}.`
  },
  "request.video_total_bytes": {
    message: (a, s) => `${s}: total video size is ${fmtBytes(a.actual)} (${plural(a.clips, "clip")}); must be under ${fmtBytes(a.limit)}${cite(a)}${unknownNote(a).replace("real total is higher", "real total is larger")}`,
    fix: () => "Re-encode the clips at a lower bitrate, or drop one."
  },
  "request.audio_without_visual": {
    message: (a, s) => `${s}: ${plural(a.audios, "audio clip")} but no image or video; audio needs at least one visual anchor${cite(a)}`,
    fix: () => "Add at least one reference image or video, or drop the audio."
  },
  "request.no_assets": {
    message: (a, s) => `${s}: no reference assets, so this is plain text-to-video${cite(a)}`,
    fix: () => "That works, but the text-to-video model is cheaper for it."
  },
  "request.body_bytes": {
    message: (a, s) => `${s}: the request body is ${fmtBytes(a.actual)}; at most ${fmtBytes(a.limit)}${cite(a)}${a.unread ? " (the file was too large to read)" : ""}`,
    fix: () => "Send assets as URLs, not inline data; shorten the prompt."
  },
  "request.inline_data": {
    message: (a, s) => `${s}: ${a.path} inlines the ${a.kind} as ${a.form === "data_uri" ? "a data: URI" : "base64"} (${fmtNum(a.actual)} characters); base64 is not accepted${cite(a)}`,
    fix: () => "Upload the file and give its public URL."
  },
  "request.prompt_missing": {
    message: (a, s) => `${s}: the prompt is ${a.empty ? "empty" : "missing"}; it is required${cite(a)}`,
    fix: () => 'Describe the video, and what each reference is for ("use image 1 as the first frame").'
  },
  "request.prompt_length": {
    message: (a, s) => {
      if (a.measure === "chars") return `${s}: the prompt is ${fmtNum(a.actual)} characters; at most ${fmtNum(a.limit)}${cite(a)}`;
      if (a.measure === "cjk_chars") return `${s}: the prompt has ${fmtNum(a.actual)} Chinese characters; at most ${fmtNum(a.limit)} recommended${cite(a)}`;
      if (a.measure === "words") return `${s}: the prompt has ${fmtNum(a.actual)} words; at most ${fmtNum(a.limit)} recommended${cite(a)}`;
      return `${s}: the prompt has ${fmtNum(a.cjkChars)} Chinese characters and ${fmtNum(a.words)} words, ${Math.round(Number(a.actual) * 100)}% of the recommended length (${a.cjkLimit} Chinese characters or ${a.wordLimit} words)${cite(a)}`;
    },
    fix: (a) => a.measure === "chars" ? `Cut the prompt to ${fmtNum(a.limit)} characters.` : "Shorten the prompt; the model follows shorter prompts more closely."
  },
  "request.prompt_reference_missing": {
    message: (a, s) => `${s}: the prompt refers to "${a.written}" but the request has ${plural(a.limit, a.kind)}${cite(a)}`,
    fix: (a) => `Add ${a.kind} ${a.number}, or fix the number (references count from 1 in list order).`
  },
  "request.asset_unreferenced": {
    message: (a, s) => {
      const nums = a.numbers;
      const which = nums.length === 1 ? `${a.kind} ${nums[0]} (${a.written[0]}) is` : `${a.kind}s ${list2(nums)} are`;
      return `${s}: ${which} never referred to in the prompt, which names ${a.kind} ${list2(a.referenced)}${cite(a)}`;
    },
    fix: (a) => {
      const tag = (n) => a.form === "tag" ? `@${String(a.kind).replace(/^./, (c) => c.toUpperCase())}${n}` : `${a.kind} ${n}`;
      return `Say what ${a.numbers.map(tag).join(", ")} ${a.numbers.length === 1 ? "is" : "are"} for, or remove ${a.numbers.length === 1 ? "it" : "them"}.`;
    }
  },
  "request.duration": {
    message: (a, s) => {
      const l = a.limit;
      const why = a.reason === "not_integer" ? "is not a whole number" : a.reason === "auto_not_allowed" ? '(-1, "model decides") is not accepted by this dialect' : "is out of range";
      return `${s}: duration ${a.actual} ${why}; must be ${durationRange(l)}${cite(a)}`;
    },
    fix: (a) => `Set duration to ${durationRange(a.limit)}.`
  },
  "request.quality": {
    message: (a, s) => `${s}: ${a.field} "${a.actual}" is not accepted; allowed: ${list2(a.limit)}${cite(a)}`,
    fix: (a) => `Use one of ${list2(a.limit)}.`
  },
  "request.aspect_ratio": {
    message: (a, s) => `${s}: ${a.field} "${a.actual}" is not accepted; allowed: ${list2(a.limit)}${cite(a)}`,
    fix: (a) => `Use one of ${list2(a.limit)}.`
  },
  "request.field_ignored": {
    message: (a, s) => `${s}: ${a.field} "${a.actual}" is ignored because ${a.winner} "${a.winnerValue}" takes priority${cite(a)}`,
    fix: (a) => `Remove ${a.field}, or give both the same value.`
  },
  "request.seed": {
    message: (a, s) => {
      const l = a.limit;
      return `${s}: seed ${a.actual} ${a.reason === "not_integer" ? "is not a whole number" : "is out of range"}; must be an integer from ${l.min} to ${fmtNum(l.max)} (${l.random} = random)${cite(a)}`;
    },
    fix: () => "Use a whole number, or -1 for a random seed."
  },
  "request.callback_url": {
    message: (a, s) => `${s}: callback_url ${CALLBACK[String(a.reason)]?.(a)[0] ?? `is not allowed (${a.reason})`}${cite(a)}`,
    fix: (a) => CALLBACK[String(a.reason)]?.(a)[1] ?? "Use a public https:// URL."
  },
  "request.model_unavailable": {
    message: (a, s) => `${s}: model ${a.actual}: ${a.note}${cite(a)}`,
    fix: () => "Use seedance-2.0-reference-to-video or seedance-2.0-fast-reference-to-video until it ships."
  },
  "request.profile_chosen": {
    message: (a, s) => `${s}: checked under profile ${a.actual} because the body has ${a.why === "seed" ? "`seed`" : "duration -1"}, which only the older @Image1 page defines; that page allows quality ${list2(a.qualities)}${cite(a)}`,
    fix: (a) => `To check it as a ${a.model ?? "standard"} request instead, remove ${a.why === "seed" ? "`seed`" : "duration -1"}, or choose the profile with --model.`
  },
  "request.budget": {
    message: (a, s) => `${s}: ${a.scope === "run" ? "the whole run" : "this request"} would cost ${a.unit === "credits" ? `${fmtNum(a.actual)} credits` : `${fmtNum(a.actual)} billable seconds`}; the budget is ${fmtNum(a.limit)}${a.unit === "credits" ? " credits" : " s"}${a.unknown ? ` (${plural(a.unknown, "request")} could not be estimated, so the real total is higher)` : ""}`,
    fix: (a) => a.scope === "run" ? "Split the run, lower qualities or durations, or raise the budget." : "Use a lower quality, a shorter duration or shorter reference videos, or raise the budget."
  },
  "request.model_unknown": {
    message: (a, s) => `${s}: model "${a.actual}" is not served by profile ${a.profile}; expected ${list2(a.limit)}${cite(a)}`,
    fix: (a) => a.otherProfile ? `Fix the model name, or check with profile ${a.otherProfile} (--model ${a.actual}).` : `Use ${list2(a.limit)}.`
  },
  "request.path_escapes": {
    message: (a, s) => `${s}: ${a.path} ("${a.written}") points outside the manifest folder, to ${a.actual}`,
    fix: () => "Keep assets beside the manifest (paths relative to it) so the manifest can be moved and shared."
  },
  "request.url_not_checked": {
    message: (a, s) => `${s}: ${a.kind} ${Number(a.index) + 1} is a URL (${a.url}) and was not downloaded, so it was not checked${a.detail ? `: ${a.detail}` : ""}`,
    fix: (a) => a.detail ? "Let the page read the URL (CORS: Access-Control-Allow-Origin, and Access-Control-Expose-Headers: Content-Range), or drop the file itself." : "Check a local copy of the file, or enable remote checks."
  },
  "request.asset_missing": {
    message: (a, s) => `${s}: ${a.kind} ${Number(a.index) + 1} ("${a.written}") does not exist (${a.path})`,
    fix: () => "Fix the path; relative paths are resolved against the manifest folder."
  }
};

// src/messages/index.ts
var messages = { ...assetMessages, ...requestMessages };
function render(finding, subject) {
  const spec = messages[finding.code];
  const a = finding.args;
  return {
    code: finding.code,
    severity: finding.severity,
    message: spec ? spec.message(a, subject) : `${finding.code} ${JSON.stringify(a)}`,
    fix: spec?.fix ? spec.fix(a, subject) : null,
    actual: a.actual ?? null,
    limit: a.limit ?? null,
    source: citation(a.source),
    ...typeof a.ruling === "string" && a.ruling ? { ruling: a.ruling } : {}
  };
}
function citation(s) {
  if (!s || typeof s !== "object") return null;
  const { title, url } = s;
  return typeof title === "string" && typeof url === "string" ? { title, url } : null;
}

// src/report.ts
var isError = (p) => p.severity === "error";
function assetReport(facts, findings) {
  const problems = findings.map((f) => render(f, facts.source));
  return { source: facts.source, kind: facts.kind, ok: !problems.some(isError), facts, problems };
}
function renderAll(findings, subject) {
  return findings.map((f) => render(f, subject));
}
function buildReport(profile, assets, requests) {
  const all = [...assets.flatMap((a) => a.problems), ...requests.flatMap((r) => r.problems)];
  const count = (s) => all.filter((p) => p.severity === s).length;
  const errors = count("error");
  return {
    ok: errors === 0,
    profile,
    assets,
    requests,
    summary: { errors, warnings: count("warning"), infos: count("info"), assets: assets.length, requests: requests.length }
  };
}
function errorsOnly(report) {
  const keep = (x) => ({ ...x, problems: x.problems.filter((p) => p.severity === "error") });
  return { ...report, ...buildReport(report.profile, report.assets.map(keep), report.requests.map(keep)) };
}

export {
  render,
  isError,
  assetReport,
  renderAll,
  buildReport,
  errorsOnly
};
