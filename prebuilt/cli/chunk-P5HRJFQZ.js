import {
  safeText
} from "./chunk-JOW2LR6I.js";

// src/cli/errors.ts
var UsageError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "UsageError";
  }
  hint;
};
function usageText(err) {
  return `seedance-preflight: ${safeText(err.message)}${err.hint ? `
  ${safeText(err.hint)}` : ""}`;
}
function suggest(input, candidates) {
  let best;
  let bestD = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(input, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]++;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

export {
  UsageError,
  usageText,
  suggest
};
