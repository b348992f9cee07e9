/** Errors a library caller can act on; the CLI turns them into exit 2 with the hint. */
export class PreflightUsageError extends Error {
  constructor(readonly code: 'path_not_found' | 'unknown_profile' | 'bad_option', message: string, readonly hint?: string) {
    super(message);
    this.name = 'PreflightUsageError';
  }
}
