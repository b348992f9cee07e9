import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export const BIN = fileURLToPath(new URL('../../bin/seedance-preflight.js', import.meta.url));

/** Runs the CLI in-process with captured, non-TTY streams. */
export async function run(argv: string[], tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { isTTY: tty, columns: 100, write: (s: string) => (stdout += s) },
    stderr: { isTTY: tty, columns: 100, write: (s: string) => (stderr += s) },
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Runs the built bin as a user would (needs `npm run build`, which `npm test` does first). */
export function runBin(argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '1', ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
