import type { Args, MessageTable } from './types.js';
import { cite, fmtBytes, fmtNum, fmtSec } from './format.js';

const bound = (a: Args) => (a.bound === 'min' ? 'at least' : 'at most');
const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));
// Four decimals so 420/1051 shows as 0.3996, never as a rounded 0.400 that looks in range.
const ratio = (a: Args) => `${a.width}x${a.height} = ${Number(Number(a.actual).toFixed(4))}`;

/** Words for asset-level codes (file.*, image.*, video.*, audio.*). */
export const assetMessages: MessageTable = {
  'file.not_found': {
    message: (_a, s) => `${s}: no such file`,
    fix: () => 'Check the path; paths in a manifest are relative to the manifest file.',
  },
  'file.outside_roots': {
    message: (a, s) => `${s}: leads outside the folders given (to ${a.detail}); it was not read`,
    fix: () => 'Copy the file into the folder being checked, or add --follow-symlinks-outside if you trust where it points.',
  },
  'file.not_regular': {
    message: (a, s) => `${s}: not a regular file (${a.detail ?? a.reason}); it was not opened`,
    fix: () => 'Point at a regular media file.',
  },
  'file.empty': {
    message: (_a, s) => `${s}: the file is empty (0 bytes)`,
    fix: () => 'Export or download the asset again.',
  },
  'file.unreadable': {
    message: (a, s) => `${s}: cannot be read: ${a.detail}`,
    fix: () => 'Check the file permissions.',
  },
  'file.truncated': {
    message: (a, s) => `${s}: the file is truncated (${a.detail})`,
    fix: () => 'The file was cut short (an interrupted copy or download): get a complete copy.',
  },
  'file.corrupt': {
    message: (a, s) => `${s}: the file is corrupt (${a.detail})`,
    fix: () => 'Re-export the asset from its source.',
  },
  'file.unknown_format': {
    message: (a, s) => `${s}: the content is not an image, video or audio format the API takes${a.actual && a.actual !== 'unknown' ? ` (it is ${a.actual})` : ''}`,
    fix: () => 'Use JPEG, PNG or WebP images, MP4 or MOV videos, MP3 or WAV audio.',
  },
  'file.extension_mismatch': {
    message: (a, s) => `${s}: the name says .${a.extension} but the content is ${a.actual}`,
    fix: (a) => `Rename the file to match its content (.${a.actual === 'jpeg' ? 'jpg' : a.actual}); servers pick Content-Type from the name.`,
  },
  'file.probe_failed': {
    message: (a, s) => `${s}: could not be probed (${a.detail ?? a.reason})`,
    fix: () => 'Check the file plays in a media player; re-export it if it does not.',
  },
  'file.unverified': {
    message: (a, s) => `${s}: ${list(a.actual)} could not be learned here${a.detail ? ` (${a.detail})` : ''}, so ${Array.isArray(a.actual) && a.actual.length > 1 ? 'their limits were' : 'its limit was'} not checked`,
    fix: () => 'Check the file with the command line tool (seedance-preflight lint FILE), which reads every fact.',
  },

  'url.http_status': {
    message: (a, s) => `${s}: the URL answered ${a.detail}`,
    fix: (a) => String(a.hint ?? 'Check the URL opens in a private browser window.'),
  },
  'url.timeout': { message: (a, s) => `${s}: the URL did not answer in time (${a.detail})`, fix: (a) => String(a.hint ?? 'Check the host is up.') },
  'url.network': { message: (a, s) => `${s}: the URL could not be reached (${a.detail})`, fix: (a) => String(a.hint ?? 'Check the host name and that it is public.') },
  'url.blocked_address': {
    message: (a, s) => `${s}: the URL points at a private address the provider cannot reach (${a.detail})`,
    fix: (a) => String(a.hint ?? 'Use a public URL; --allow-private-urls only for staging and tests.'),
  },
  'url.bad_scheme': { message: (a, s) => `${s}: not an http(s) URL (${a.detail})`, fix: (a) => String(a.hint ?? 'Use an https:// URL.') },
  'url.html_not_media': {
    message: (a, s) => `${s}: the URL serves an HTML page, not the media file (${a.detail})`,
    fix: (a) => String(a.hint ?? 'Use the direct download link, not the page that shows the file.'),
  },
  'url.too_many_redirects': { message: (a, s) => `${s}: ${a.detail}`, fix: (a) => String(a.hint ?? 'Use the final URL.') },
  'url.too_large': { message: (a, s) => `${s}: ${a.detail}`, fix: (a) => String(a.hint ?? 'Check the URL points at the asset.') },
  'url.expires_soon': {
    message: (a, s) => `${s}: the presigned URL ${Number(a.actual) < 0 ? `expired ${fmtNum(-Number(a.actual))} s ago` : `expires in ${fmtNum(a.actual)} s`} (at ${a.expiresAt}); it should stay valid at least ${fmtNum(a.limit)} s${cite(a)}`,
    fix: () => 'Presign it again with a longer expiry (e.g. 24 h) just before you submit.',
  },

  'image.format': {
    message: (a, s) => `${s}: image format ${a.actual} is not accepted; allowed: ${list(a.limit)}${cite(a)}`,
    fix: () => 'Convert it to PNG or JPEG (`seedance-preflight fix` does this).',
  },
  'image.side': {
    message: (a, s) => `${s}: image is ${a.width}x${a.height}: ${a.side} ${fmtNum(a.actual)} px; each side must be ${bound(a)} ${fmtNum(a.limit)} px${cite(a)}`,
    fix: (a) => (a.bound === 'min' ? `Upscale so both sides are at least ${fmtNum(a.limit)} px.` : `Downscale so both sides are at most ${fmtNum(a.limit)} px.`),
  },
  'image.aspect_ratio': {
    message: (a, s) => `${s}: image aspect ratio ${ratio(a)}; width/height must be ${bound(a)} ${a.limit}${cite(a)}`,
    fix: (a) => `Pad or crop to a width/height between ${a.min} and ${a.max}.`,
  },
  'image.bytes': {
    message: (a, s) => `${s}: image is ${fmtBytes(a.actual)}; at most ${fmtBytes(a.limit)}${cite(a)}`,
    fix: () => 'Recompress (JPEG quality 85-90) or downscale.',
  },

  'video.format': {
    message: (a, s) => `${s}: video container ${a.actual} is not accepted; allowed: ${list(a.limit)}${cite(a)}`,
    fix: () => 'Remux or transcode to MP4 (H.264/AAC), e.g. `ffmpeg -i in -c:v libx264 -c:a aac -movflags +faststart out.mp4`.',
  },
  'video.no_video_stream': {
    message: (a, s) => `${s}: the file has no video stream (${a.actual})`,
    fix: () => 'Pass it as audio (as MP3 or WAV) or use a file with a picture.',
  },
  'video.side': {
    message: (a, s) => `${s}: video is ${a.width}x${a.height}: ${a.side} ${fmtNum(a.actual)} px; each side must be ${bound(a)} ${fmtNum(a.limit)} px${cite(a)}`,
    fix: (a) => (a.bound === 'min' ? 'Scale the video up.' : 'Scale the video down.'),
  },
  'video.aspect_ratio': {
    message: (a, s) => `${s}: video aspect ratio ${ratio(a)}; width/height must be ${bound(a)} ${a.limit}${cite(a)}`,
    fix: (a) => `Pad or crop to a width/height between ${a.min} and ${a.max}.`,
  },
  'video.frame_pixels': {
    message: (a, s) => `${s}: frame is ${a.width}x${a.height} = ${fmtNum(a.actual)} px; width x height must be ${bound(a)} ${fmtNum(a.limit)}${cite(a)}`,
    fix: (a) => `Scale so width x height is between ${fmtNum(a.min)} and ${fmtNum(a.max)} (e.g. 640x640 up to 2206x946).`,
  },
  'video.duration': {
    message: (a, s) => `${s}: video is ${fmtSec(a.actual)}; each clip must be ${bound(a)} ${fmtSec(a.limit)}${cite(a)}`,
    fix: (a) => (a.bound === 'min' ? 'Use a longer clip.' : `Trim it to ${fmtSec(a.limit)}, e.g. \`ffmpeg -i in -t ${a.limit} -c copy out.mp4\`.`),
  },
  'video.fps': {
    message: (a, s) => `${s}: frame rate is ${a.rational} (${fmtNum(a.actual)} fps); must be ${bound(a)} ${a.limit} fps${cite(a)}`,
    fix: (a) => `Retime to ${a.limit} fps, e.g. \`ffmpeg -i in -vf fps=${a.limit} out.mp4\`.`,
  },
  'video.variable_frame_rate': {
    message: (a, s) => `${s}: variable frame rate; the average ${a.actual} was checked`,
    fix: () => 'Convert to a constant frame rate if the provider rejects it.',
  },
  'video.bytes': {
    message: (a, s) => `${s}: video is ${fmtBytes(a.actual)}; at most ${fmtBytes(a.limit)}${cite(a)}`,
    fix: () => 'Re-encode at a lower bitrate or resolution.',
  },

  'audio.format': {
    message: (a, s) => `${s}: audio format ${a.actual} is not accepted; allowed: ${list(a.limit)}${cite(a)}`,
    fix: () => 'Convert to MP3 or WAV, e.g. `ffmpeg -i in -c:a libmp3lame -q:a 2 out.mp3`.',
  },
  'audio.duration': {
    message: (a, s) => `${s}: audio is ${fmtSec(a.actual)}; each clip must be ${bound(a)} ${fmtSec(a.limit)}${cite(a)}`,
    fix: (a) => (a.bound === 'min' ? 'Use a longer clip.' : `Trim it to ${fmtSec(a.limit)}, e.g. \`ffmpeg -i in -t ${a.limit} out.mp3\`.`),
  },
  'audio.bytes': {
    message: (a, s) => `${s}: audio is ${fmtBytes(a.actual)}; at most ${fmtBytes(a.limit)}${cite(a)}`,
    fix: () => 'Use MP3 instead of WAV, or downmix to mono / resample to 44.1 kHz.',
  },
};
