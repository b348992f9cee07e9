import type { Args, MessageTable } from './types.js';
import { cite, fmtBytes, fmtNum, fmtSec } from './format.js';

const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));
const NOUN: Record<string, string> = { audio: 'audio clip' };
const plural = (n: unknown, word: string) => `${fmtNum(n)} ${NOUN[word] ?? word}${Number(n) === 1 ? '' : 's'}`;
const asset = (a: Args) => `${a.kind} ${Number(a.index) + 1}${a.field ? ` (${a.field}[${a.index}])` : ''}`;
const unknownNote = (a: Args) => (Number(a.unknown) > 0 ? `; ${plural(a.unknown, 'clip')} not measured, so the real total is higher` : '');
const durationRange = (l: Args) => `an integer from ${l.min} to ${l.max}${l.auto !== null && l.auto !== undefined ? `, or ${l.auto} to let the model decide` : ''}`;

const CALLBACK: Record<string, (a: Args) => [string, string]> = {
  too_long: (a) => [`is ${fmtNum(a.actual)} characters long; at most ${fmtNum(a.limit)}`, 'Use a shorter URL (move state into your own storage, keyed by the task id).'],
  invalid: () => ['is not a valid absolute URL', 'Give a full https:// URL.'],
  not_https: (a) => [`uses ${a.actual}; only https is accepted`, 'Serve the webhook over HTTPS.'],
  private_host: (a) => [
    `points at ${a.actual}, ${a.hostClass === 'local_name' ? 'a local-only host name' : `a ${String(a.hostClass).replace(/_/g, '-')} address`} the provider refuses to call`,
    'Use a public host name; for local testing, expose the endpoint through a public HTTPS tunnel.',
  ],
  unqualified_host: (a) => [`host "${a.actual}" has no domain, so it cannot resolve from the provider`, 'Use a fully qualified public host name.'],
};

/** Words for request-level codes (request.*). `s` is the manifest path or the request's name. */
export const requestMessages: MessageTable = {
  'request.invalid_json': {
    message: (a, s) => `${s}: not valid JSON at line ${a.line}, column ${a.column}: ${a.detail}`,
    fix: () => 'Fix the JSON syntax there (a trailing comma, a missing quote or bracket are the usual causes).',
  },
  'request.schema': {
    message: (a, s) =>
      a.issue === 'truncated' ? `${s}: ${fmtNum(a.more)} more fields or items of the wrong type or shape (not listed)` : `${s}: ${a.path} ${a.received === 'missing' ? 'is required but missing' : `is ${a.received}`}${a.expected ? `; expected ${a.expected}` : ''} (${a.dialect} body${(a.source as { title?: string } | undefined)?.title ? `, as ${(a.source as { title: string }).title} defines it` : ''})`,
    fix: (a) => (a.issue === 'truncated' ? 'Fix the listed ones first; the rest are likely the same mistake.' : `Give ${a.path} ${a.expected ? `as ${a.expected}` : 'the right type'}.`),
  },
  'request.unknown_field': {
    message: (a, s) =>
      a.issue === 'truncated' ? `${s}: ${fmtNum(a.more)} more fields the ${a.dialect} body does not define (not listed)` : `${s}: ${a.path} is not a field of the ${a.dialect} body${cite(a)}; the API may reject or ignore it`,
    fix: (a) => (a.issue === 'truncated' ? 'Remove the fields the API does not define.' : `Remove "${a.field}" or check its spelling.`),
  },
  'request.count': {
    message: (a, s) => `${s}: ${plural(a.actual, a.kind as string)} in ${a.field}; at most ${fmtNum(a.limit)}${cite(a)}`,
    fix: (a) => `Drop ${fmtNum(Number(a.actual) - Number(a.limit))} of them (or merge several into one ${a.kind}).`,
  },
  'request.asset_cap': {
    message: (a, s) =>
      `${s}: ${plural(a.actual, 'asset')} in all (${plural(a.images, 'image')}, ${plural(a.videos, 'video')}, ${plural(a.audios, 'audio')}); at most ${fmtNum(a.limit)} together${cite(a)}`,
    fix: (a) => `Drop ${fmtNum(Number(a.actual) - Number(a.limit))} assets.`,
  },
  'request.kind_mismatch': {
    message: (a, s) => `${s}: ${asset(a)} is listed as ${a.kind} but its content is ${a.actual}${a.format ? ` (${a.format})` : ''}`,
    fix: (a) => `Move it to ${a.suggestedField}, or replace it with a ${a.kind} file.`,
  },
  'request.video_total_duration': {
    message: (a, s) =>
      `${s}: total video duration is ${fmtSec(a.actual)} (${plural(a.clips, 'clip')}); ${a.bound === 'min' ? 'at least' : 'at most'} ${fmtSec(a.limit)}${cite(a)}${unknownNote(a)}`,
    fix: (a) => (a.bound === 'min' ? `Use longer clips (together at least ${fmtSec(a.limit)}).` : `Trim the clips so together they last at most ${fmtSec(a.limit)}.`),
  },
  'request.audio_total_duration': {
    message: (a, s) => `${s}: total audio duration is ${fmtSec(a.actual)} (${plural(a.clips, 'clip')}); at most ${fmtSec(a.limit)}${cite(a)}${unknownNote(a)}`,
    fix: (a) => `Trim the clips so together they last at most ${fmtSec(a.limit)}.`,
  },
  'request.video_total_bytes': {
    message: (a, s) => `${s}: total video size is ${fmtBytes(a.actual)} (${plural(a.clips, 'clip')}); must be under ${fmtBytes(a.limit)}${cite(a)}${unknownNote(a).replace('real total is higher', 'real total is larger')}`,
    fix: () => 'Re-encode the clips at a lower bitrate, or drop one.',
  },
  'request.audio_without_visual': {
    message: (a, s) => `${s}: ${plural(a.audios, 'audio clip')} but no image or video; audio needs at least one visual anchor${cite(a)}`,
    fix: () => 'Add at least one reference image or video, or drop the audio.',
  },
  'request.no_assets': {
    message: (a, s) => `${s}: no reference assets, so this is plain text-to-video${cite(a)}`,
    fix: () => 'That works, but the text-to-video model is cheaper for it.',
  },
  'request.body_bytes': {
    message: (a, s) => `${s}: the request body is ${fmtBytes(a.actual)}; at most ${fmtBytes(a.limit)}${cite(a)}${a.unread ? ' (the file was too large to read)' : ''}`,
    fix: () => 'Send assets as URLs, not inline data; shorten the prompt.',
  },
  'request.inline_data': {
    message: (a, s) => `${s}: ${a.path} inlines the ${a.kind} as ${a.form === 'data_uri' ? 'a data: URI' : 'base64'} (${fmtNum(a.actual)} characters); base64 is not accepted${cite(a)}`,
    fix: () => 'Upload the file and give its public URL.',
  },
  'request.prompt_missing': {
    message: (a, s) => `${s}: the prompt is ${a.empty ? 'empty' : 'missing'}; it is required${cite(a)}`,
    fix: () => 'Describe the video, and what each reference is for ("use image 1 as the first frame").',
  },
  'request.prompt_length': {
    message: (a, s) => {
      if (a.measure === 'chars') return `${s}: the prompt is ${fmtNum(a.actual)} characters; at most ${fmtNum(a.limit)}${cite(a)}`;
      if (a.measure === 'cjk_chars') return `${s}: the prompt has ${fmtNum(a.actual)} Chinese characters; at most ${fmtNum(a.limit)} recommended${cite(a)}`;
      if (a.measure === 'words') return `${s}: the prompt has ${fmtNum(a.actual)} words; at most ${fmtNum(a.limit)} recommended${cite(a)}`;
      return `${s}: the prompt has ${fmtNum(a.cjkChars)} Chinese characters and ${fmtNum(a.words)} words, ${Math.round(Number(a.actual) * 100)}% of the recommended length (${a.cjkLimit} Chinese characters or ${a.wordLimit} words)${cite(a)}`;
    },
    fix: (a) => (a.measure === 'chars' ? `Cut the prompt to ${fmtNum(a.limit)} characters.` : 'Shorten the prompt; the model follows shorter prompts more closely.'),
  },
  'request.prompt_reference_missing': {
    message: (a, s) => `${s}: the prompt refers to "${a.written}" but the request has ${plural(a.limit, a.kind as string)}${cite(a)}`,
    fix: (a) => `Add ${a.kind} ${a.number}, or fix the number (references count from 1 in list order).`,
  },
  'request.asset_unreferenced': {
    message: (a, s) => {
      const nums = a.numbers as number[];
      const which = nums.length === 1 ? `${a.kind} ${nums[0]} (${(a.written as string[])[0]}) is` : `${a.kind}s ${list(nums)} are`;
      return `${s}: ${which} never referred to in the prompt, which names ${a.kind} ${list(a.referenced)}${cite(a)}`;
    },
    fix: (a) => {
      const tag = (n: unknown) => (a.form === 'tag' ? `@${String(a.kind).replace(/^./, (c) => c.toUpperCase())}${n}` : `${a.kind} ${n}`);
      return `Say what ${(a.numbers as number[]).map(tag).join(', ')} ${(a.numbers as number[]).length === 1 ? 'is' : 'are'} for, or remove ${(a.numbers as number[]).length === 1 ? 'it' : 'them'}.`;
    },
  },
  'request.duration': {
    message: (a, s) => {
      const l = a.limit as Args;
      const why = a.reason === 'not_integer' ? 'is not a whole number' : a.reason === 'auto_not_allowed' ? '(-1, "model decides") is not accepted by this dialect' : 'is out of range';
      return `${s}: duration ${a.actual} ${why}; must be ${durationRange(l)}${cite(a)}`;
    },
    fix: (a) => `Set duration to ${durationRange(a.limit as Args)}.`,
  },
  'request.quality': {
    message: (a, s) => `${s}: ${a.field} "${a.actual}" is not accepted; allowed: ${list(a.limit)}${cite(a)}`,
    fix: (a) => `Use one of ${list(a.limit)}.`,
  },
  'request.aspect_ratio': {
    message: (a, s) => `${s}: ${a.field} "${a.actual}" is not accepted; allowed: ${list(a.limit)}${cite(a)}`,
    fix: (a) => `Use one of ${list(a.limit)}.`,
  },
  'request.field_ignored': {
    message: (a, s) => `${s}: ${a.field} "${a.actual}" is ignored because ${a.winner} "${a.winnerValue}" takes priority${cite(a)}`,
    fix: (a) => `Remove ${a.field}, or give both the same value.`,
  },
  'request.seed': {
    message: (a, s) => {
      const l = a.limit as Args;
      return `${s}: seed ${a.actual} ${a.reason === 'not_integer' ? 'is not a whole number' : 'is out of range'}; must be an integer from ${l.min} to ${fmtNum(l.max)} (${l.random} = random)${cite(a)}`;
    },
    fix: () => 'Use a whole number, or -1 for a random seed.',
  },
  'request.callback_url': {
    message: (a, s) => `${s}: callback_url ${CALLBACK[String(a.reason)]?.(a)[0] ?? `is not allowed (${a.reason})`}${cite(a)}`,
    fix: (a) => CALLBACK[String(a.reason)]?.(a)[1] ?? 'Use a public https:// URL.',
  },
  'request.model_unavailable': {
    message: (a, s) => `${s}: model ${a.actual}: ${a.note}${cite(a)}`,
    fix: () => 'Use seedance-2.0-reference-to-video or seedance-2.0-fast-reference-to-video until it ships.',
  },
  'request.profile_chosen': {
    message: (a, s) => `${s}: checked under profile ${a.actual} because the body has ${a.why === 'seed' ? '`seed`' : 'duration -1'}, which only the older @Image1 page defines; that page allows quality ${list(a.qualities)}${cite(a)}`,
    fix: (a) => `To check it as a ${a.model ?? 'standard'} request instead, remove ${a.why === 'seed' ? '`seed`' : 'duration -1'}, or choose the profile with --model.`,
  },
  'request.budget': {
    message: (a, s) => `${s}: ${a.scope === 'run' ? 'the whole run' : 'this request'} would cost ${a.unit === 'credits' ? `${fmtNum(a.actual)} credits` : `${fmtNum(a.actual)} billable seconds`}; the budget is ${fmtNum(a.limit)}${a.unit === 'credits' ? ' credits' : ' s'}${a.unknown ? ` (${plural(a.unknown, 'request')} could not be estimated, so the real total is higher)` : ''}`,
    fix: (a) => (a.scope === 'run' ? 'Split the run, lower qualities or durations, or raise the budget.' : 'Use a lower quality, a shorter duration or shorter reference videos, or raise the budget.'),
  },
  'request.model_unknown': {
    message: (a, s) => `${s}: model "${a.actual}" is not served by profile ${a.profile}; expected ${list(a.limit)}${cite(a)}`,
    fix: (a) => (a.otherProfile ? `Fix the model name, or check with profile ${a.otherProfile} (--model ${a.actual}).` : `Use ${list(a.limit)}.`),
  },
  'request.path_escapes': {
    message: (a, s) => `${s}: ${a.path} ("${a.written}") points outside the manifest folder, to ${a.actual}`,
    fix: () => 'Keep assets beside the manifest (paths relative to it) so the manifest can be moved and shared.',
  },
  'request.url_not_checked': {
    message: (a, s) => `${s}: ${a.kind} ${Number(a.index) + 1} is a URL (${a.url}) and was not downloaded, so it was not checked${a.detail ? `: ${a.detail}` : ''}`,
    fix: (a) => (a.detail ? 'Let the page read the URL (CORS: Access-Control-Allow-Origin, and Access-Control-Expose-Headers: Content-Range), or drop the file itself.' : 'Check a local copy of the file, or enable remote checks.'),
  },
  'request.asset_missing': {
    message: (a, s) => `${s}: ${a.kind} ${Number(a.index) + 1} ("${a.written}") does not exist (${a.path})`,
    fix: () => 'Fix the path; relative paths are resolved against the manifest folder.',
  },
};
