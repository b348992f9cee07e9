import { bundledFfmpegPath } from '../../src/lib/binaries.js';
import { ffmpegsOnPath, readVersion } from '../../src/media/select.js';

/**
 * The ffmpegs the fixer's real-media tests run with: the bundled build always, and the machine's
 * newest other ffmpeg when there is one. In CI (CI=true) the machine's ffmpeg must be there
 * (.ci/run installs Debian's): a missing one fails the run instead of testing one build only.
 * Each entry is [title, path]; the title names the build, so the test output says which ran.
 */
export interface FfmpegUnderTest {
  title: string;
  path: string;
}

const INSTALL = '`apt-get update && apt-get install -y --no-install-recommends ffmpeg` (.ci/run does this)';

function list(): FfmpegUnderTest[] {
  const bundledPath = bundledFfmpegPath();
  const bundled = readVersion(bundledPath);
  if (!bundled) throw new Error(`the bundled ffmpeg at ${bundledPath} does not run`);
  const out: FfmpegUnderTest[] = [{ title: `bundled ffmpeg ${bundled.version}`, path: bundledPath }];
  const system = ffmpegsOnPath()
    .filter((p) => p !== bundledPath)
    .map((p) => readVersion(p))
    .filter((v) => v !== null)
    .sort((a, b) => b.libavutil[0] - a.libavutil[0] || b.libavutil[1] - a.libavutil[1] || b.libavutil[2] - a.libavutil[2])[0];
  if (system) out.push({ title: `system ffmpeg ${system.version} (${system.path})`, path: system.path });
  else if (process.env.CI) throw new Error(`CI runs the fixer tests with the system ffmpeg too, and none is on PATH. Install it with ${INSTALL}.`);
  else process.stderr.write(`\nThe fixer tests run with the bundled ffmpeg only: no other ffmpeg on PATH. Install one with ${INSTALL}.\n\n`);
  return out;
}

export const FFMPEGS: FfmpegUnderTest[] = list();

/** For describe.each: `describe.each(EACH_FFMPEG)('... with %s', (_title, ffmpeg) => ...)`. */
export const EACH_FFMPEG: [string, string][] = FFMPEGS.map((f) => [f.title, f.path]);
