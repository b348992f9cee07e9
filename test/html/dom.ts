import { parse } from 'parse5';

/** A parsed element, as parse5 builds it (the tree a browser builds from the same text). */
export interface El {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  value?: string;
  content?: El;
}

export function parseHtml(html: string): El {
  return parse(html) as unknown as El;
}

export function all(root: El): El[] {
  const out: El[] = [];
  const walk = (n: El) => {
    if (n.tagName) out.push(n);
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(root);
  return out;
}

export const attr = (el: El, name: string): string | undefined => el.attrs?.find((a) => a.name === name)?.value;
export const hasClass = (el: El, cls: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(cls);

export function text(el: El): string {
  if (el.nodeName === '#text') return el.value ?? '';
  return (el.childNodes ?? []).map(text).join('');
}

/** Elements under root matching a tag and/or a class. */
export function find(root: El, tag: string | null, cls?: string): El[] {
  return all(root).filter((e) => (!tag || e.tagName === tag) && (!cls || hasClass(e, cls)));
}

export function byId(root: El, id: string): El | undefined {
  return all(root).find((e) => attr(e, 'id') === id);
}
