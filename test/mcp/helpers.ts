import { readdirSync, readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { BIN } from '../helpers/cli.js';

export interface Served {
  client: Client;
  transport: StdioClientTransport;
  /** Everything the server wrote to stderr so far. */
  stderr: () => string;
  /** Every result and error text returned so far (for the check that no secret ever left). */
  seen: string[];
  call(name: string, args: Record<string, unknown>, opts?: Parameters<Client['callTool']>[2]): Promise<CallToolResult>;
  close(): Promise<void>;
}

/** Starts the built CLI's `mcp` command as a client would (a child on stdio) and connects the SDK's client. */
export async function serve(args: string[], env: Record<string, string>, cwd?: string): Promise<Served> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'mcp', ...args],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stderr: 'pipe',
    cwd,
  });
  let err = '';
  transport.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const client = new Client({ name: 'seedance-preflight-test', version: '1.0.0' });
  await client.connect(transport);
  const seen: string[] = [];
  return {
    client,
    transport,
    stderr: () => err,
    seen,
    async call(name, a, opts) {
      try {
        const r = (await client.callTool({ name, arguments: a }, undefined, { timeout: 300_000, ...opts })) as CallToolResult;
        seen.push(JSON.stringify(r));
        return r;
      } catch (e) {
        seen.push(String(e));
        throw e;
      }
    },
    close: () => client.close(),
  };
}

export function text(r: CallToolResult): string {
  return r.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
}

/** Child processes of `pid` named `name` (Linux /proc), to see that a cancelled call left none running. */
export function childrenNamed(pid: number, name: string): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces, so split after the last ')'
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && comm === name) out.push(Number(d));
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

/** Polls until `check` holds or `ms` pass; returns whether it held (the caller asserts). */
export async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) if (check()) return true;
  return check();
}
