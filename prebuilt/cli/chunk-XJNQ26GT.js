// src/probes/normalise.ts
function normaliseFfprobe(json) {
  const streams = json.streams ?? [];
  const video = streams.find((s) => s.codec_type === "video" && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === "audio");
  const durationSec = num(json.format?.duration) ?? num(video?.duration) ?? maxOf(streams.map((s) => num(s.duration)));
  const rotation = video ? rotationOf(video) : null;
  const swap = rotation === 90 || rotation === 270;
  const w = positive(video?.width);
  const h = positive(video?.height);
  const rate = video ? frameRate(video, durationSec) : { fps: null, variableFrameRate: null };
  return {
    width: swap ? h : w,
    height: swap ? w : h,
    durationSec,
    ...rate,
    videoCodec: video?.codec_name ?? null,
    audioCodec: audio?.codec_name ?? null,
    hasVideoStream: video !== void 0,
    hasAudioStream: audio !== void 0,
    sampleRate: positive(num(audio?.sample_rate)),
    channels: positive(audio?.channels),
    rotation
  };
}
function frameRate(s, durationSec) {
  const avg = parseRational(s.avg_frame_rate);
  const r = parseRational(s.r_frame_rate);
  if (!avg || !r) return { fps: avg ?? r, variableFrameRate: null };
  const gap = Math.abs(avg.value - r.value);
  const variable = gap / r.value > 0.01 && (durationSec === null || gap * durationSec > 1.5);
  return { fps: variable ? avg : r, variableFrameRate: variable };
}
function parseRational(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text ?? "");
  if (!m) return null;
  let n = Number(m[1]);
  let d = Number(m[2]);
  if (!n || !d) return null;
  const g = gcd(n, d);
  n /= g;
  d /= g;
  return { num: n, den: d, value: n / d };
}
function rotationOf(s) {
  const fromMatrix = s.side_data_list?.find((d) => typeof d.rotation === "number")?.rotation;
  const deg = fromMatrix ?? num(s.tags?.rotate) ?? 0;
  return (Math.round(deg) % 360 + 360) % 360;
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function num(v) {
  if (v === void 0) return null;
  const n = typeof v === "number" ? v : Number.parseFloat(v);
  return Number.isFinite(n) ? n : null;
}
function positive(v) {
  return typeof v === "number" && v > 0 ? v : null;
}
function maxOf(values) {
  const ok = values.filter((v) => v !== null);
  return ok.length ? Math.max(...ok) : null;
}

export {
  normaliseFfprobe,
  frameRate,
  parseRational
};
