// src/fixer/pretty.ts
var FROM = { option: "as named", env: "from SEEDANCE_PREFLIGHT_FFMPEG", path: "the newest found, on PATH", bundled: "the bundled @ffmpeg-installer build" };
function formatFixPretty(r, p, o = {}) {
  const lines = [];
  const label = (s) => s.padEnd(11);
  const pad = " ".repeat(11);
  if (o.verbose) lines.push(p.dim(r.ffmpeg ? `ffmpeg ${r.ffmpeg.version} at ${r.ffmpeg.path} (${FROM[r.ffmpeg.from]})` : "ffmpeg: none runs here (videos, audio and bmp cannot be fixed)"), "");
  for (const f of r.fixed) {
    lines.push(`${p.green(label(r.dryRun ? "would fix" : "fixed"))}${f.source} \u2192 ${f.output}`);
    for (const a of f.actions) lines.push(`${pad}${a.text}  ${p.dim(a.code)}`);
    for (const b of f.fallbacks) lines.push(`${pad}${p.yellow(b.text)}`);
    if (o.commands) for (const c of f.commands) lines.push(`${pad}${p.dim(c.tool === "ffmpeg" ? "$" : "// sharp (Node):")} ${c.line}`);
  }
  for (const u of r.unchanged) lines.push(`${p.dim(label("unchanged"))}${u.source}`);
  for (const u of r.unfixable) {
    lines.push(`${p.red(label("unfixable"))}${u.source}`);
    lines.push(`${" ".repeat(11)}${u.reason}  ${p.dim(u.code)}`);
    if (u.output) lines.push(`${" ".repeat(11)}${p.dim(`partly fixed manifest: ${u.output}`)}`);
  }
  for (const f of r.failed) {
    lines.push(`${p.red(label("failed"))}${f.source} \u2192 ${f.output}`);
    lines.push(`${" ".repeat(11)}${f.reason}${f.codes.length ? `  ${p.dim(f.codes.join(", "))}` : ""}`);
    for (const s of f.stderr ?? []) lines.push(`${" ".repeat(13)}${p.dim(`| ${s}`)}`);
  }
  const counts = `${r.fixed.length} ${r.dryRun ? "to fix" : "fixed"}, ${r.unchanged.length} unchanged, ${r.unfixable.length} unfixable, ${r.failed.length} failed`;
  const where = r.dryRun ? "dry run: nothing written" : `written to ${r.out}`;
  lines.push("", `${r.ok ? p.green("\u2714") : p.red("\u2716")} ${counts} (profile ${r.profile}); ${where}`);
  return lines.join("\n") + "\n";
}
export {
  formatFixPretty
};
