/** The repository root. */
export const root: string;
/** Bundles the CLI (src/cli/main.ts) into `outdir`, every dependency external. */
export function bundleCli(outdir: string): Promise<void>;
