import {
  safeText
} from "./chunk-JOW2LR6I.js";

// src/cli/progress.ts
function lineWriter(stream, env = process.env) {
  const dumb = env.TERM === "dumb";
  let shown = 0;
  const clear = () => {
    if (!shown) return;
    stream.write(dumb ? `\r${" ".repeat(shown)}\r` : "\r\x1B[2K");
    shown = 0;
  };
  return {
    write(line) {
      if (dumb) stream.write(`\r${line}${" ".repeat(Math.max(0, shown - line.length))}`);
      else stream.write(`\r\x1B[2K${line}`);
      shown = line.length;
    },
    clear
  };
}
function progress(stream = process.stderr, env = process.env) {
  if (!stream.isTTY) return { tick: (_n, _total, _s, _label) => {
  }, done: () => {
  } };
  const line = lineWriter(stream, env);
  let last = 0;
  return {
    tick(n, total, source, label = "checked") {
      const now = Date.now();
      if (now - last < 80 && n < total) return;
      last = now;
      const head = `${label} ${n}/${total}  `;
      const width = Math.max(20, (stream.columns ?? 80) - head.length - 1);
      const safe = safeText(source);
      line.write(head + (safe.length > width ? "\u2026" + safe.slice(-width + 1) : safe));
    },
    done: () => line.clear()
  };
}

export {
  lineWriter,
  progress
};
