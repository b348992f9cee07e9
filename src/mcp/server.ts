import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { redactDeep, redactor } from '../submit/redact.js';
import { toolCall } from './call.js';
import { estimateTool } from './tools/estimate.js';
import { fixTool } from './tools/fix.js';
import { lintTool } from './tools/lint.js';
import { preflightTool } from './tools/preflight.js';
import { probeTool } from './tools/probe.js';
import { statusTool } from './tools/status.js';
import { submitTool } from './tools/submit.js';
import type { ServerContext, ToolDef } from './tools/types.js';

export const TOOLS = [lintTool, probeTool, preflightTool, estimateTool, fixTool, submitTool, statusTool] as ToolDef<never>[];

/** Secrets of the server's environment: never in a result, whatever a library message quotes. */
const SECRET_VARS = ['SEEDANCE_API_KEY', 'SEEDANCE_S3_SECRET_ACCESS_KEY', 'SEEDANCE_S3_SESSION_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

const INSTRUCTIONS = `Checks Seedance 2.0 reference-to-video requests before they are sent, and sends them.
Typical flow: lint (or preflight a request body) -> fix what fails into a new folder -> estimate -> submit with confirm: true -> status.
Paths are relative to the server's root folder; files outside it are refused. A report with ok: false has errors: read each problem's message and fix.`;

/** The MCP server with every tool registered; connect it to a transport to serve. */
export function createServer(ctx: ServerContext, version: string): McpServer {
  const server = new McpServer({ name: 'seedance-preflight', version }, { instructions: INSTRUCTIONS });
  const redact = redactor(SECRET_VARS.map((v) => ctx.env[v]));
  for (const tool of TOOLS) {
    const run = toolCall((args: never, call) => tool.run(args, { ...call, server: ctx }), (r) => redactDeep(r, redact));
    server.registerTool(tool.name, tool.config, run as never);
  }
  return server;
}
