import {
  inside,
  realpathOr
} from "./chunk-UEN2WKUW.js";
import {
  looksLikeRequest
} from "./chunk-KXHCVECP.js";
import {
  walk
} from "./chunk-YJ4YCP6N.js";
import "./chunk-K4BUYFQS.js";
import {
  loadUserProfiles,
  profileFileSpec
} from "./chunk-U3EPU3TP.js";
import {
  toolVersion
} from "./chunk-X7JHDFLJ.js";
import "./chunk-73N5Y4GO.js";
import "./chunk-E7VE5CVH.js";
import "./chunk-ULU2XC5N.js";
import "./chunk-GHFG4EDJ.js";
import "./chunk-YRK66HUG.js";
import {
  parseArgs
} from "./chunk-3WZ3TLIS.js";
import "./chunk-TE6BXIRG.js";
import "./chunk-7RN3WETQ.js";
import "./chunk-US6UJTEH.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import {
  PreflightUsageError
} from "./chunk-7PJ34LFJ.js";
import "./chunk-XMF4D722.js";
import {
  UsageError
} from "./chunk-P5HRJFQZ.js";
import "./chunk-JOW2LR6I.js";
import {
  killAll
} from "./chunk-Z7VVAHJZ.js";
import "./chunk-DHUFD2HK.js";
import "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/mcp/root.ts
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
var Root = class _Root {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static async open(dir) {
    const real = await realpath(resolve(dir)).catch(() => null);
    if (!real || !(await stat(real)).isDirectory()) {
      throw new PreflightUsageError("path_not_found", `--root ${dir}: no such folder`, "e.g. seedance-preflight mcp --root ~/projects/film");
    }
    return new _Root(real);
  }
  /** The path, once its real path (or its nearest existing parent's) is known to be inside the root. */
  async check(path) {
    if (!await this.holds(path)) throw this.outside(path);
    return path;
  }
  async holds(path) {
    return inside(await realpathOr(resolve(this.dir, path)), this.dir);
  }
  /**
   * Checks every file the paths lead to (folders walked; with `load`, the local assets of manifests too)
   * and returns how many files and manifests there are (a progress total). A path that does not exist
   * is left to the tool, which reports it the way the CLI does.
   */
  async checkInputs(paths, load) {
    let count = 0;
    for (const p of paths) {
      if (isUrl(p)) {
        count++;
        continue;
      }
      await this.check(p);
      if (!await lstat(p).catch(() => null)) continue;
      for await (const e of walk([p])) {
        await this.check(e.path);
        const manifest = load && extname(e.path).toLowerCase() === ".json" && (e.explicit || await looksLikeRequest(e.path));
        if (manifest && load) await this.checkRequest(await load(e.path));
        count++;
      }
    }
    return count;
  }
  /** Every local asset path of a request (already resolved by the manifest loader). */
  async checkRequest(req) {
    for (const ref of [...req.images, ...req.videos, ...req.audios]) {
      if (ref.location.type === "path" && !await this.holds(ref.location.path)) throw this.outside(ref.written, req.source);
    }
  }
  /**
   * A folder a tool writes into: inside the root, and no symlink already in it leads out (the writer
   * would follow it).
   */
  async checkWritable(dir) {
    await this.check(dir);
    const links = async (d) => {
      for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
        const p = join(d, e.name);
        if (e.isSymbolicLink()) await this.check(p);
        else if (e.isDirectory()) await links(p);
      }
    };
    await links(resolve(this.dir, dir));
  }
  outside(path, from) {
    return new PreflightUsageError(
      "bad_option",
      `${path}${from ? ` (named in ${from})` : ""} is outside the folder this server may use (${this.dir})`,
      "name files under that folder, or start the server with a wider --root"
    );
  }
};

// src/mcp/command.ts
var mcpHelp = `Usage: seedance-preflight mcp [--root DIR] [options]

Serves the checks to AI agents as a Model Context Protocol server on stdio (start it from an MCP
client, not by hand). Tools: lint, probe, preflight, estimate, fix, submit (needs confirm: true),
status. Every file a tool reads or writes must be inside --root; paths are relative to it.

Options:
  --root <dir>            the folder tools may read and write (default: the working directory)
  --provider <p>          evolink or aigptimage for submit and status (default: the request's dialect)
  --base-url <url>        API origin for submit and status (default SEEDANCE_BASE_URL, else the
                          provider's documented one); the key is sent only there
  --allow-private-urls    let URL assets point at private or loopback hosts (staging, tests)
  --profile-file <file>   a profile file (JSON) every tool may check against; repeatable

The API key is read from SEEDANCE_API_KEY in the server's environment, S3 upload settings from
SEEDANCE_S3_* (see 'seedance-preflight submit --help'); neither is ever returned to the client.
`;
var spec = {
  root: { type: "string" },
  provider: { type: "string", choices: ["evolink", "aigptimage"] },
  "base-url": { type: "string" },
  "allow-private-urls": { type: "boolean" },
  ...profileFileSpec,
  debug: { type: "boolean" },
  help: { type: "boolean" }
};
async function mcpCommand(argv, io) {
  const { positionals, values: v } = parseArgs(argv, spec, "mcp");
  if (v.help) return io.out(mcpHelp), 0;
  if (positionals.length) throw new UsageError(`mcp takes no paths (given '${positionals[0]}')`, `to confine it to a folder: seedance-preflight mcp --root ${positionals[0]}`);
  const root = await Root.open(String(v.root ?? process.cwd()));
  const profiles = await loadUserProfiles(v["profile-file"]);
  process.chdir(root.dir);
  const [{ createServer, TOOLS }, { StdioServerTransport }] = await Promise.all([import("./server-F4OOWNYX.js"), import("@modelcontextprotocol/sdk/server/stdio.js")]);
  const server = createServer({
    root,
    allowPrivateUrls: Boolean(v["allow-private-urls"]),
    provider: v.provider,
    baseUrl: v["base-url"],
    env: process.env,
    profiles
  }, toolVersion());
  const closed = new Promise((resolve2) => {
    process.stdin.once("end", resolve2);
    process.stdin.once("close", resolve2);
  });
  await server.connect(new StdioServerTransport());
  io.err(`seedance-preflight mcp: ${TOOLS.length} tools on stdio, root ${root.dir}
`);
  await closed;
  killAll();
  await server.close();
  setTimeout(() => process.exit(0), 500).unref();
  return 0;
}
export {
  mcpCommand,
  mcpHelp
};
