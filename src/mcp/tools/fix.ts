import { z } from 'zod';
import { loadManifest } from '../../manifest/index.js';
import { resolveProfile } from '../../lint.js';
import { paint } from '../../reporters/color.js';
import { fixReportSchema } from '../schemas.js';
import type { ToolDef } from './types.js';

const input = z.strictObject({
  paths: z.array(z.string()).min(1).describe('files, folders or request manifests to fix, relative to the server root'),
  out: z.string().describe('folder the fixed files (and rewritten manifests) go to, inside the server root; created when missing'),
  dryRun: z.boolean().optional().describe('plan only: report what would be done and write nothing'),
  crop: z.boolean().optional().describe('fix the aspect ratio by cropping instead of padding'),
  trimStrategy: z.enum(['proportional', 'end', 'longest']).optional().describe('how a manifest\'s clips are trimmed to its total-duration budget (default proportional)'),
  model: z.string().optional().describe('profile id or model name for loose files; manifests pick their own'),
});

/** `fix`: the fixer's report, with every read and write confined to the server root. */
export const fixTool: ToolDef<typeof input> = {
  name: 'fix',
  config: {
    title: 'Fix assets into spec',
    description: 'Converts, scales, pads or crops, retimes, trims and recompresses out-of-spec assets into new files under `out` (inside the server root), re-checks each output, and for manifests writes a new manifest pointing at the fixed files. Inputs are never written; outputs of an earlier run in `out` are replaced. dryRun: true only plans.',
    inputSchema: input,
    outputSchema: fixReportSchema,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  },
  async run(args, { server, progress }) {
    const profiles = server.profiles;
    resolveProfile(args.model, profiles);
    await server.root.checkInputs(args.paths, (m) => loadManifest(m, { profile: args.model, profiles }));
    await server.root.checkWritable(args.out);
    const { fix } = await import('../../fixer/index.js');
    let done = 0;
    const report = await fix(args.paths, {
      out: args.out,
      dryRun: args.dryRun,
      crop: args.crop,
      trimStrategy: args.trimStrategy,
      model: args.model,
      profiles,
      onProgress: (e) => {
        if (e.phase === 'done') progress(++done, undefined, `${e.status} ${e.source}`);
      },
    });
    const { formatFixPretty } = await import('../../fixer/pretty.js');
    return { text: formatFixPretty(report, paint(false)), data: { ...report } };
  },
};
