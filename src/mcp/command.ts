import { parseArgs } from '../cli/args.js';
import { UsageError } from '../cli/errors.js';
import { toolVersion } from '../cli/gate.js';
import type { Io } from '../cli/io.js';
import { killAll } from '../lib/children.js';
import type { ProviderName } from '../submit/types.js';
import { Root } from './root.js';
import { loadUserProfiles, profileFileSpec } from '../cli/profile-files.js';

export const mcpHelp = `Usage: seedance-preflight mcp [--root DIR] [options]

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

const spec = {
  root: { type: 'string' },
  provider: { type: 'string', choices: ['evolink', 'aigptimage'] },
  'base-url': { type: 'string' },
  'allow-private-urls': { type: 'boolean' },
  ...profileFileSpec,
  debug: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** `mcp`: runs until the client closes stdin; stdout carries only the protocol. */
export async function mcpCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, values: v } = parseArgs(argv, spec, 'mcp');
  if (v.help) return io.out(mcpHelp), 0;
  if (positionals.length) throw new UsageError(`mcp takes no paths (given '${positionals[0]}')`, `to confine it to a folder: seedance-preflight mcp --root ${positionals[0]}`);
  const root = await Root.open(String(v.root ?? process.cwd()));
  // the files are named relative to where the server was started, so they load before the chdir
  const profiles = await loadUserProfiles(v['profile-file']);
  // relative paths in tool calls, and the sources in reports, are as if the CLI ran in the root
  process.chdir(root.dir);
  const [{ createServer, TOOLS }, { StdioServerTransport }] = await Promise.all([import('./server.js'), import('@modelcontextprotocol/sdk/server/stdio.js')]);
  const server = createServer({
    root,
    allowPrivateUrls: Boolean(v['allow-private-urls']),
    provider: v.provider as ProviderName | undefined,
    baseUrl: v['base-url'] as string | undefined,
    env: process.env,
    profiles,
  }, toolVersion());
  const closed = new Promise<void>((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
  });
  await server.connect(new StdioServerTransport());
  io.err(`seedance-preflight mcp: ${TOOLS.length} tools on stdio, root ${root.dir}\n`);
  await closed;
  // the client is gone: nothing can receive what running calls would return
  killAll();
  await server.close();
  setTimeout(() => process.exit(0), 500).unref();
  return 0;
}
