import { parsePromptReferences, type PromptReference } from '../../rules/request/references.js';
import type { Kind } from '../../types.js';
import { esc } from './escape.js';

/** Longest prompt shown; the API's own caps are far below this. */
export const MAX_PROMPT_CHARS = 20_000;
/** Highlighted spans at most; past this the prompt is shown plain. */
const MAX_SPANS = 300;

export interface PromptSpan {
  start: number;
  end: number;
  refs: PromptReference[];
}

/**
 * Every reference span in the (NFKC) prompt, in order. The parser keeps only the first occurrence of
 * each reference, so it is run again after each span to find the repeats; a few characters before
 * the cut are kept so its look-behinds see the same context.
 */
export function referenceSpans(text: string): PromptSpan[] {
  const spans: PromptSpan[] = [];
  let pos = 0;
  while (spans.length < MAX_SPANS && pos < text.length) {
    const from = Math.max(0, pos - 4);
    const refs = parsePromptReferences(text.slice(from)).refs
      .map((r) => ({ ...r, offset: r.offset + from }))
      .filter((r) => r.offset >= pos);
    if (!refs.length) break;
    const start = refs[0].offset;
    let end = start;
    const group: PromptReference[] = [];
    for (const r of refs) {
      if (group.length && r.offset >= end) break;
      group.push(r);
      end = Math.max(end, r.offset + r.written.length);
    }
    spans.push({ start, end, refs: group });
    pos = end;
  }
  return spans;
}

export interface RefTarget {
  /** Anchor id of the asset card or tile, or null when the request has no such asset. */
  anchor: string | null;
  /** The request's asset was found but could not be checked as a file (URL, missing). */
  note?: string;
}

const refName = (r: { kind: Kind; number: number }) => `${r.kind} ${r.number}`;

/**
 * The prompt as HTML: each reference a link to its asset, a missing one marked in words.
 * Only text that passes through esc() reaches the output.
 */
export function promptHtml(prompt: string, target: (kind: Kind, number: number) => RefTarget): { html: string; refs: number; missing: number; truncated: boolean } {
  const full = prompt.normalize('NFKC');
  const truncated = full.length > MAX_PROMPT_CHARS;
  const text = truncated ? full.slice(0, MAX_PROMPT_CHARS) : full;
  const out: string[] = [];
  let at = 0;
  let refs = 0;
  let missing = 0;
  for (const span of referenceSpans(text)) {
    out.push(esc(text.slice(at, span.start)));
    const written = text.slice(span.start, span.end);
    const uniq = [...new Map(span.refs.map((r) => [refName(r), r])).values()];
    const targets = uniq.map((r) => ({ r, t: target(r.kind, r.number) }));
    const absent = targets.filter((x) => x.t.anchor === null);
    refs += uniq.length;
    missing += absent.length;
    const names = uniq.map(refName).join(', ');
    const first = targets.find((x) => x.t.anchor !== null);
    const cls = absent.length ? 'ref ref-missing' : 'ref';
    const title = absent.length ? `${names}: ${absent.map((x) => refName(x.r)).join(', ')} not in the request` : `refers to ${names}`;
    const label = `data-refs="${esc(names)}"`;
    const body = targets.length > 1 ? splitNumbers(written, targets) : first ? `<a href="#${first.t.anchor}">${esc(written)}</a>` : esc(written);
    const flag = absent.length ? ` <span class="ref-flag">✖ no ${esc(absent.map((x) => refName(x.r)).join(', '))}</span>` : '';
    out.push(`<mark class="${cls}" ${label} title="${esc(title)}">${body}${flag}</mark>`);
    at = span.end;
  }
  out.push(esc(text.slice(at)));
  return { html: out.join(''), refs, missing, truncated };
}

/** "images 1 and 2": each written number links to its own asset. */
function splitNumbers(written: string, targets: { r: PromptReference; t: RefTarget }[]): string {
  const byNumber = new Map(targets.map((x) => [x.r.number, x.t.anchor]));
  return written.replace(/\d+|[^\d]+/g, (part) => {
    if (!/^\d+$/.test(part)) return esc(part);
    const anchor = byNumber.get(Number(part));
    return anchor ? `<a href="#${anchor}">${part}</a>` : esc(part);
  });
}
