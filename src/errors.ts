/** Errors a library caller can act on; the CLI turns them into exit 2 with the hint. */
export class PreflightUsageError extends Error {
  constructor(readonly code: 'path_not_found' | 'unknown_profile' | 'bad_option', message: string, readonly hint?: string) {
    super(message);
    this.name = 'PreflightUsageError';
  }
}

/**
 * The machine, not the input, is at fault (ffprobe or ffmpeg missing or broken): no finding on a file
 * would be true, so the run stops. The CLI prints the message and the hint and exits 2.
 */
export class PreflightEnvironmentError extends Error {
  constructor(readonly code: 'ffprobe_unavailable' | 'ffmpeg_unavailable', message: string, readonly hint?: string) {
    super(message);
    this.name = 'PreflightEnvironmentError';
  }
}
