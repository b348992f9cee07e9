/**
 * Every error the library throws on purpose: a stable `code` to branch on, the message, and a hint that
 * says what to do. The words speak of options and values, never of command-line flags (the CLI adds those).
 */
export class PreflightError extends Error {
  constructor(readonly code: string, message: string, readonly hint?: string) {
    super(message);
    this.name = 'PreflightError';
  }
}

/** The call was wrong (a path that does not exist, an unknown model, a bad option): fix the call. The CLI exits 2. */
export class PreflightUsageError extends PreflightError {
  declare readonly code: 'path_not_found' | 'unknown_profile' | 'bad_option';
  /** The option at fault, by its library name (e.g. 'out'), so a CLI can name its own flag. */
  readonly option?: string;
  constructor(code: 'path_not_found' | 'unknown_profile' | 'bad_option', message: string, hint?: string, option?: string) {
    super(code, message, hint);
    if (option) this.option = option;
    this.name = 'PreflightUsageError';
  }
}

/**
 * The machine, not the input, is at fault (ffprobe or ffmpeg missing or broken): no finding on a file
 * would be true, so the run stops. The CLI prints the message and the hint and exits 2.
 */
export class PreflightEnvironmentError extends PreflightError {
  declare readonly code: 'ffprobe_unavailable' | 'ffmpeg_unavailable';
  constructor(code: 'ffprobe_unavailable' | 'ffmpeg_unavailable', message: string, hint?: string) {
    super(code, message, hint);
    this.name = 'PreflightEnvironmentError';
  }
}
