import { mainHelp } from './help.js';
import { safeText } from '../lib/safe-text.js';
import { UsageError, suggest, usageText } from './errors.js';
import { processIo, type Io } from './io.js';

const COMMANDS = ['lint', 'probe', 'profiles', 'merge-reports', 'submit', 'status', 'download', 'fix', 'mcp'] as const;

/** Entry point: returns the exit code. Usage errors → 2 with one line that says what to type instead. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [cmd, ...rest] = argv;
  const debug = argv.includes('--debug');
  const { killChildrenOnSignals } = await import('../lib/children.js');
  killChildrenOnSignals((sig) => io.err(`\nseedance-preflight: interrupted (${sig}); child processes stopped\n`));
  try {
    // `help lint` is `lint --help`, as git and npm read it
    if (cmd === 'help' && rest.length > 0 && !rest[0].startsWith('-')) return await main([rest[0], '--help'], io);
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') return io.out(mainHelp), 0;
    if (cmd === '--version' || cmd === '-v') return io.out(`${await version()}\n`), 0;
    switch (cmd) {
      case 'lint': return await (await import('./lint.js')).lintCommand(rest, io);
      case 'probe': return await (await import('./probe.js')).probeCommand(rest, io);
      case 'profiles': return await (await import('./profiles.js')).profilesCommand(rest, io);
      case 'merge-reports': return await (await import('./gate-options.js')).mergeReportsCommand(rest, io);
      case 'fix': return await (await import('./fix.js')).fixCommand(rest, io);
      case 'submit': return await (await import('./submit.js')).submitCommand(rest, io);
      case 'status': return await (await import('./submit.js')).statusCommand(rest, io);
      case 'download': return await (await import('./submit.js')).downloadCommand(rest, io);
      // the MCP SDK loads only here: no other command pays for it
      case 'mcp': return await (await import('../mcp/command.js')).mcpCommand(rest, io);
    }
    const near = suggest(cmd, COMMANDS);
    throw new UsageError(`unknown command '${cmd}'`, near ? `did you mean 'seedance-preflight ${near}'?` : `run 'seedance-preflight --help'`);
  } catch (e) {
    const err = e as Error & { hint?: string; name?: string };
    // the environment's fault (ffprobe missing or broken), not the command's nor a file's: exit 2, what to do
    if (err instanceof UsageError || err.name === 'PreflightUsageError' || err.name === 'PreflightEnvironmentError') {
      io.err(`${usageText(err)}\n`);
      return 2;
    }
    io.err(`seedance-preflight: internal error: ${safeText(err?.message ?? String(e))}\n${debug ? `${err?.stack}\n` : '  run again with --debug for the stack trace, and report it\n'}`);
    return 2;
  }
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}
