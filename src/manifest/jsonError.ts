/** Line and column (1-based, column in UTF-16 units) of a character offset. */
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

/**
 * Where JSON.parse failed. V8's wording differs between Node versions
 * ("at position 12", "(line 2 column 3)", "Unexpected end of JSON input"), so all are read.
 */
export function jsonErrorLocation(text: string, err: unknown): { line: number; column: number; offset: number } {
  const msg = err instanceof Error ? err.message : String(err);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) {
    const line = Number(lc[1]);
    const column = Number(lc[2]);
    return { line, column, offset: offsetOf(text, line, column) };
  }
  const pos = /position (\d+)/.exec(msg);
  const offset = pos ? Number(pos[1]) : text.length;
  return { ...lineColumn(text, offset), offset };
}

function offsetOf(text: string, line: number, column: number): number {
  let l = 1;
  let i = 0;
  while (l < line && i < text.length) {
    if (text.charCodeAt(i) === 10) l++;
    i++;
  }
  return Math.min(text.length, i + column - 1);
}

/** The parser's own words without the echoed input V8 appends in newer versions. */
export function jsonErrorDetail(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/, "[\s\S]*" is not valid JSON$/, '').slice(0, 200);
}
