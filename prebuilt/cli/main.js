import {
  mainHelp
} from "./chunk-D3Z5OQVU.js";
import {
  UsageError,
  suggest,
  usageText
} from "./chunk-P5HRJFQZ.js";
import {
  safeText
} from "./chunk-JOW2LR6I.js";

// src/cli/io.ts
var closed = /* @__PURE__ */ new WeakSet();
var guarded = /* @__PURE__ */ new WeakSet();
function quietWhenClosed(stream) {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (e) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") return void closed.add(stream);
    throw e;
  });
}
var write = (stream, s) => {
  if (!closed.has(stream) && !stream.destroyed) stream.write(s);
};
function processIo() {
  quietWhenClosed(process.stdout);
  quietWhenClosed(process.stderr);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    out: (s) => write(process.stdout, s),
    err: (s) => write(process.stderr, s)
  };
}

// src/cli/main.ts
var COMMANDS = ["lint", "probe", "profiles", "merge-reports", "submit", "status", "download", "fix", "mcp"];
async function main(argv, io = processIo()) {
  const [cmd, ...rest] = argv;
  const debug = argv.includes("--debug");
  const { killChildrenOnSignals } = await import("./children-OVTXE2A5.js");
  killChildrenOnSignals((sig) => io.err(`
seedance-preflight: interrupted (${sig}); child processes stopped
`));
  try {
    if (cmd === "help" && rest.length > 0 && !rest[0].startsWith("-")) return await main([rest[0], "--help"], io);
    if (cmd === void 0 || cmd === "--help" || cmd === "-h" || cmd === "help") return io.out(mainHelp), 0;
    if (cmd === "--version" || cmd === "-v") return io.out(`${await version()}
`), 0;
    switch (cmd) {
      case "lint":
        return await (await import("./lint-TCEA3JKU.js")).lintCommand(rest, io);
      case "probe":
        return await (await import("./probe-24LJCR2V.js")).probeCommand(rest, io);
      case "profiles":
        return await (await import("./profiles-YXB6EZTK.js")).profilesCommand(rest, io);
      case "merge-reports":
        return await (await import("./gate-options-KSMTFIGR.js")).mergeReportsCommand(rest, io);
      case "fix":
        return await (await import("./fix-UNI4J2Z7.js")).fixCommand(rest, io);
      case "submit":
        return await (await import("./submit-UXV4EIO5.js")).submitCommand(rest, io);
      case "status":
        return await (await import("./submit-UXV4EIO5.js")).statusCommand(rest, io);
      case "download":
        return await (await import("./submit-UXV4EIO5.js")).downloadCommand(rest, io);
      // the MCP SDK loads only here: no other command pays for it
      case "mcp":
        return await (await import("./command-QXQPT4TY.js")).mcpCommand(rest, io);
    }
    const near = suggest(cmd, COMMANDS);
    throw new UsageError(`unknown command '${cmd}'`, near ? `did you mean 'seedance-preflight ${near}'?` : `run 'seedance-preflight --help'`);
  } catch (e) {
    const err = e;
    if (err instanceof UsageError || err.name === "PreflightUsageError" || err.name === "PreflightEnvironmentError") {
      io.err(`${usageText(err)}
`);
      return 2;
    }
    io.err(`seedance-preflight: internal error: ${safeText(err?.message ?? String(e))}
${debug ? `${err?.stack}
` : "  run again with --debug for the stack trace, and report it\n"}`);
    return 2;
  }
}
async function version() {
  const { readFile } = await import("node:fs/promises");
  const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}
export {
  main
};
