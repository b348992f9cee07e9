/** A web page served where a media file was expected (login walls, share pages, error pages). */
export function isHtmlType(contentType: string | null): boolean {
  return contentType != null && /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i.test(contentType);
}

export function looksLikeHtml(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || (head[i] >= 0x09 && head[i] <= 0x0d))) i++;
  const start = Buffer.from(head.subarray(i, i + 16)).toString('latin1').toLowerCase();
  return ['<!doctype html', '<html', '<head', '<body'].some((p) => start.startsWith(p));
}

/** No NUL and almost all printable in the first bytes: text, not a binary container. */
export function looksLikeText(head: Uint8Array): boolean {
  const n = Math.min(head.length, 512);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i];
    if (c === 0) return false;
    if (c < 0x09 || (c > 0x0d && c < 0x20)) bad++;
  }
  return bad / n < 0.02;
}
