import { z } from 'zod';
import type { Facts } from '../../types.js';
import { assertPathsExist } from '../../lint.js';
import { mapPool } from '../../lib/pool.js';
import { isUrl } from '../../probes/is-url.js';
import { describeFacts } from '../../reporters/describe.js';
import { walk } from '../../walk.js';
import { factsSchema } from '../schemas.js';
import type { ToolDef } from './types.js';

const input = z.strictObject({
  paths: z.array(z.string()).min(1).describe('files, folders (walked recursively) or http(s) URLs, relative to the server root'),
});

const output = z.looseObject({ files: z.array(factsSchema).describe('one entry per file, in walk order, as `seedance-preflight probe --format json` prints them') });

/** `probe`: the normalised facts the rules read, per file. */
export const probeTool: ToolDef<typeof input> = {
  name: 'probe',
  config: {
    title: 'Probe media facts',
    description: 'Reads each file (or URL) and returns the facts the rules check: kind, format, codecs, size, duration, fps, sample rate, rotation, and why it is unreadable when it is. Reads files only.',
    inputSchema: input,
    outputSchema: output,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  },
  async run(args, { server, progress }) {
    const total = await server.root.checkInputs(args.paths);
    await assertPathsExist(args.paths);
    const { probe } = await import('../../probes/index.js');
    const entries = async function* () {
      for (const u of args.paths.filter(isUrl)) yield { path: u };
      yield* walk(args.paths.filter((p) => !isUrl(p)));
    };
    const files: Facts[] = [];
    for await (const f of mapPool(entries(), 4, (e) => probe(e.path, { allowPrivateUrls: server.allowPrivateUrls }))) {
      files.push(f);
      progress(files.length, total, f.source);
    }
    const text = files.map((f) => `${f.source}  ${f.failure ? `unreadable: ${f.failure.reason} (${f.failure.detail})` : describeFacts(f) || 'not media'}`).join('\n');
    return { text: `${text}\n`, data: { files } };
  },
};
