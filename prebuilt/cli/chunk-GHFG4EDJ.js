// src/reporters/color.ts
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var id = (s) => s;
function paint(color) {
  return color ? { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) } : { red: id, yellow: id, blue: id, green: id, dim: id, bold: id };
}
function wantsColor(stream, env = process.env) {
  if (env.FORCE_COLOR !== void 0) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR) return false;
  if (env.TERM === "dumb") return false;
  return Boolean(stream.isTTY);
}

export {
  paint,
  wantsColor
};
