/** Line and column (1-based, column in UTF-16 units as editors count) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < o; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: o - lineStart + 1 };
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Offset of the first character that makes `s` invalid JSON (RFC 8259), or null when it is valid.
 * V8's messages do not always carry a position ("Unexpected token ''', ..."), so we find it ourselves.
 * Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function firstJsonError(s: string): number | null {
  let i = 0;
  const stack: string[] = [];
  const ws = () => {
    while (i < s.length && WS.has(s[i])) i++;
  };
  const str = (): boolean => {
    i++;
    while (i < s.length) {
      const c = s[i];
      if (c === '"') return (i++, true);
      if (c.charCodeAt(0) < 0x20) return false;
      if (c === '\\') {
        const e = s[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(s[i + k] ?? '')) return ((i += k), false);
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else return ((i += 1), false);
      } else i++;
    }
    return false;
  };
  const digits = () => {
    const start = i;
    while (i < s.length && s[i] >= '0' && s[i] <= '9') i++;
    return i > start;
  };
  const num = (): boolean => {
    if (s[i] === '-') i++;
    if (s[i] === '0') i++;
    else if (!digits()) return false;
    if (s[i] === '.' && (i++, !digits())) return false;
    if (s[i] === 'e' || s[i] === 'E') {
      i++;
      if (s[i] === '+' || s[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  const lit = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (s[i] !== word[k]) return false;
    return true;
  };

  let expect: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' = 'value';
  for (;;) {
    ws();
    if (expect === 'key' || expect === 'keyOrClose') {
      if (expect === 'keyOrClose' && s[i] === '}') {
        i++;
        stack.pop();
      } else {
        if (s[i] !== '"' || !str()) return i;
        ws();
        if (s[i] !== ':') return i;
        i++;
        expect = 'value';
        continue;
      }
    } else if (expect === 'valueOrClose' && s[i] === ']') {
      i++;
      stack.pop();
    } else {
      const c = s[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
        continue;
      }
      const ok = c === '"' ? str() : c === '-' || (c >= '0' && c <= '9') ? num() : c === 't' ? lit('true') : c === 'f' ? lit('false') : c === 'n' ? lit('null') : false;
      if (!ok) return i;
    }
    // after a complete value: close containers or move on to the next item
    for (;;) {
      ws();
      const top = stack.at(-1);
      if (top === undefined) return i < s.length ? i : null;
      if (s[i] === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
        break;
      }
      if (s[i] === (top === '{' ? '}' : ']')) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}

/** Where JSON.parse failed: our own scan first, V8's message as a fallback. */
export function jsonErrorLocation(text: string, err: unknown): { line: number; column: number; offset: number } {
  let offset = firstJsonError(text);
  if (offset === null) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    offset = pos ? Number(pos[1]) : text.length;
  }
  return { ...lineColumn(text, offset), offset };
}

/** The parser's own words without the echoed input V8 appends in newer versions. */
export function jsonErrorDetail(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/,\s*(?:\.\.\.)?"[\s\S]*is not valid JSON$/, '').slice(0, 200);
}
