import { selectProfile } from '../profiles/index.js';
import type { Dialect } from '../profiles/types.js';
import { SubmitError } from './errors.js';
import type { ProviderName } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

export interface Translated {
  body: Obj;
  /** What was renamed, written out or dropped, in words for the user. */
  notes: string[];
}

/** The provider a dialect is sent to when --provider is not given. */
export function providerOf(dialect: Dialect): ProviderName {
  return dialect === 'aigptimage' ? 'aigptimage' : 'evolink';
}

function refuse(message: string, hint: string): never {
  throw new SubmitError({ kind: 'config', message, hint });
}

const EVOLINK_FIELDS = new Set(['model', 'prompt', 'image_urls', 'video_urls', 'audio_urls', 'duration', 'quality', 'aspect_ratio', 'generate_audio', 'callback_url', 'seed', 'content_filter']);
const AIGPT_FIELDS = new Set(['prompt', 'reference_image_urls', 'reference_video_urls', 'reference_audio_urls', 'ratio', 'aspect_ratio', 'resolution', 'duration', 'generate_audio', 'web_search', 'nsfw_checker']);

function unknownFields(o: Obj, known: Set<string>, where: string, to: ProviderName): void {
  const extra = Object.keys(o).filter((k) => !known.has(k));
  if (extra.length) refuse(`${where} has field${extra.length > 1 ? 's' : ''} ${extra.join(', ')} that cannot be carried over to ${to}`, `remove ${extra.length > 1 ? 'them' : 'it'}, or submit with --provider ${to === 'evolink' ? 'aigptimage' : 'evolink'}`);
}

/**
 * The body in the dialect of `to`. Same provider: unchanged. Across providers, fields are renamed and
 * the source dialect's documented defaults are written out where the other provider's differ
 * (generate_audio: evolink true, aigptimage false), so the request means the same. Fields with no
 * counterpart are refused unless they hold their neutral value, which is dropped with a note.
 */
export function toProvider(body: unknown, to: ProviderName): Translated {
  if (!isObj(body)) return { body: body as Obj, notes: [] };
  const from = selectProfile(body).profile;
  if (providerOf(from.dialect) === to) return { body, notes: [] };
  return to === 'aigptimage' ? evolinkToAigpt(body, from.dialect) : aigptToEvolink(body);
}

function evolinkToAigpt(b: Obj, dialect: Dialect): Translated {
  unknownFields(b, EVOLINK_FIELDS, 'the request', 'aigptimage');
  const notes: string[] = ['translated the evolink body to aigptimage: prompt, *_urls, quality, aspect_ratio move into input as prompt, reference_*_urls, resolution, ratio'];
  if (b.callback_url !== undefined) refuse('aigptimage has no callback_url', 'remove callback_url (and --callback-url), or submit with --provider evolink');
  if (b.duration === -1) refuse('duration -1 (the model picks) has no aigptimage counterpart', 'write a duration of 4-15 s, or submit with --provider evolink');
  if (b.seed !== undefined && b.seed !== -1) refuse(`seed ${JSON.stringify(b.seed)} has no aigptimage counterpart`, 'remove seed, or submit with --provider evolink');
  if (b.seed === -1) notes.push('dropped seed -1 (random, as aigptimage always is)');
  const tags = dialect === 'evolink-tags';
  const written: string[] = [];
  const withDefault = (v: unknown, name: string, def: unknown) => {
    if (v !== undefined) return v;
    written.push(`${name} ${JSON.stringify(def)}`);
    return def;
  };
  const input: Obj = {};
  if (b.prompt !== undefined) input.prompt = b.prompt;
  if (b.image_urls !== undefined) input.reference_image_urls = b.image_urls;
  if (b.video_urls !== undefined) input.reference_video_urls = b.video_urls;
  if (b.audio_urls !== undefined) input.reference_audio_urls = b.audio_urls;
  input.ratio = withDefault(b.aspect_ratio, 'ratio', tags ? 'adaptive' : '16:9');
  input.resolution = withDefault(b.quality, 'resolution', '720p');
  input.duration = withDefault(b.duration, 'duration', 5);
  input.generate_audio = withDefault(b.generate_audio, 'generate_audio', true);
  if (b.content_filter !== undefined) input.nsfw_checker = b.content_filter;
  if (written.length) notes.push(`wrote evolink's defaults out: ${written.join(', ')} (aigptimage's own may differ; its generate_audio default is false)`);
  return { body: { model: b.model, input }, notes };
}

function aigptToEvolink(b: Obj): Translated {
  unknownFields(b, new Set(['model', 'input']), 'the request', 'evolink');
  const i = isObj(b.input) ? b.input : {};
  unknownFields(i, AIGPT_FIELDS, 'input', 'evolink');
  const notes: string[] = ['translated the aigptimage body to evolink: input.prompt, reference_*_urls, resolution, ratio become prompt, *_urls, quality, aspect_ratio'];
  if (i.web_search === true) refuse('web_search has no evolink counterpart', 'remove web_search, or submit with --provider aigptimage');
  if (i.web_search === false) notes.push('dropped web_search false (evolink has no web search)');
  if (i.nsfw_checker !== undefined) notes.push(`dropped nsfw_checker ${JSON.stringify(i.nsfw_checker)} (evolink applies its own content policy; failures come back as content_policy_violation)`);
  const out: Obj = { model: b.model };
  if (i.prompt !== undefined) out.prompt = i.prompt;
  if (i.reference_image_urls !== undefined) out.image_urls = i.reference_image_urls;
  if (i.reference_video_urls !== undefined) out.video_urls = i.reference_video_urls;
  if (i.reference_audio_urls !== undefined) out.audio_urls = i.reference_audio_urls;
  if (i.duration !== undefined) out.duration = i.duration;
  if (i.resolution !== undefined) out.quality = i.resolution;
  // the aigptimage page: ratio wins over aspect_ratio
  const ratio = i.ratio ?? i.aspect_ratio;
  if (ratio !== undefined) out.aspect_ratio = ratio;
  if (i.ratio !== undefined && i.aspect_ratio !== undefined && i.ratio !== i.aspect_ratio) notes.push(`kept ratio ${JSON.stringify(i.ratio)} over aspect_ratio ${JSON.stringify(i.aspect_ratio)} (ratio wins on aigptimage)`);
  if (i.generate_audio !== undefined) out.generate_audio = i.generate_audio;
  else {
    out.generate_audio = false;
    notes.push("wrote aigptimage's default out: generate_audio false (evolink's default is true)");
  }
  return { body: out, notes };
}
