import { spawn } from 'node:child_process';
import { PreflightEnvironmentError } from '../errors.js';
import { ffmpegPath, ffprobePath, NotExecutableError, TOOL_ENV } from './binaries.js';
import { track } from './children.js';

export type Tool = keyof typeof TOOL_ENV;

const checks = new Map<string, Promise<void>>();

/**
 * After ffprobe/ffmpeg failed on an input: was it the input, or the tool? Runs `<tool> -version` once per
 * binary (a known-good input); when that fails too, rejects with PreflightEnvironmentError, so a broken
 * or missing tool is one environment error instead of a "corrupt" finding on every file.
 */
export function assertToolRuns(tool: Tool, binary?: string): Promise<void> {
  let path: string;
  try {
    path = binary ?? (tool === 'ffprobe' ? ffprobePath() : ffmpegPath());
  } catch (e) {
    const fix = e instanceof NotExecutableError ? `run: ${e.command}` : undefined;
    return Promise.reject(toolUnavailable(tool, (e as Error).message.replace(/\. Fix it with: .*$/, ''), fix));
  }
  let check = checks.get(path);
  if (!check) checks.set(path, (check = versionCheck(tool, path)));
  return check;
}

function versionCheck(tool: Tool, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = track(spawn(path, ['-version'], { stdio: ['ignore', 'pipe', 'ignore'] }));
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.on('data', (b: Buffer) => {
      if (out.length < 4096) out += b.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(toolUnavailable(tool, `${path} cannot be started (${e.code === 'EACCES' ? 'not executable' : e.code === 'ENOENT' ? 'no such file' : e.code ?? e.message})`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && out.startsWith(`${tool} version`)) return resolve();
      const why = code === 0 ? `its output does not start with "${tool} version"` : `it exited with ${code ?? signal}`;
      reject(toolUnavailable(tool, `${path} is not a working ${tool}: asked for "-version", ${why}`));
    });
  });
}

/** The error for a tool that cannot run: what failed, and the variable to set or the package to install. */
export function toolUnavailable(tool: Tool, detail: string, fix?: string, env: NodeJS.ProcessEnv = process.env): PreflightEnvironmentError {
  const name = TOOL_ENV[tool];
  const override = env[name];
  const hint = fix ?? (override
    ? `${name}=${override} is set: point it at a working ${tool} (e.g. /usr/bin/${tool}), or unset it to use the one bundled with seedance-preflight`
    : `reinstall seedance-preflight (its ${tool} comes from @${tool}-installer/${tool}), or install ffmpeg (e.g. apt-get install ffmpeg, brew install ffmpeg) and set ${name}=/usr/bin/${tool}`);
  return new PreflightEnvironmentError(`${tool}_unavailable`, `${tool} cannot run: ${detail}`, hint);
}
