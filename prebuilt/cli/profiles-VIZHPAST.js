import {
  parseArgs
} from "./chunk-AGFHE4VL.js";
import "./chunk-QYJGLL3H.js";
import {
  profiles
} from "./chunk-GHOBZYGY.js";

// src/cli/profiles.ts
async function profilesCommand(argv, io) {
  const { values } = parseArgs(argv, { format: { type: "string", choices: ["pretty", "json"] }, help: { type: "boolean" } }, "profiles");
  if (values.help) return io.out("Usage: seedance-preflight profiles [--format pretty|json]\n"), 0;
  if (values.format === "json") return io.out(JSON.stringify(profiles, null, 2) + "\n"), 0;
  for (const p of profiles) {
    io.out(`${p.id}  (${p.dialect}; models: ${p.models.join(", ")})
`);
    for (const group of ["image", "video", "audio", "request"]) {
      for (const [name, lim] of Object.entries(p[group])) {
        if (!lim) continue;
        const l = lim;
        io.out(`  ${`${group}.${name}`.padEnd(34)} ${JSON.stringify(l.value)}  [seed ${l.seed}${l.severity ? `, ${l.severity}` : ""}]
`);
      }
    }
    io.out("\n");
  }
  return 0;
}
export {
  profilesCommand
};
