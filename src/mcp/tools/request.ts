import { resolve } from 'node:path';
import { z } from 'zod';
import { assertPathsExist, lazyProbe, resolveProfile } from '../../lint.js';
import { normalizeRequest } from '../../manifest/index.js';
import type { NormalizedRequest } from '../../manifest/types.js';
import { preflightAny as preflight } from '../../preflight.js';
import type { Report } from '../../types.js';
import type { CallContext } from '../call.js';
import type { ServerContext } from './types.js';

/** The input of the tools that take one request body (preflight, estimate). */
export const requestInput = z.strictObject({
  request: z.record(z.string(), z.unknown()).describe('the request body as it would be sent, in either dialect (evolink or aigptimage); local paths are allowed for assets'),
  baseDir: z.string().optional().describe('folder that relative asset paths resolve against, inside the server root (default: the root)'),
  model: z.string().optional().describe('profile id or model name; default: chosen from the body'),
});

/** Checks a body object as `preflight()` does, once every local asset it names is known to be inside the root. */
export async function checkBody(
  args: z.infer<typeof requestInput>,
  server: ServerContext,
  progress: CallContext['progress'],
): Promise<{ report: Report; req: NormalizedRequest }> {
  const profiles = server.profiles;
  resolveProfile(args.model, profiles);
  const baseDir = resolve(server.root.dir, args.baseDir ?? '.');
  await server.root.check(baseDir);
  await assertPathsExist([baseDir]);
  const req = normalizeRequest(args.request, 'request', { profile: args.model, profiles, baseDir, checkEscapes: false });
  await server.root.checkRequest(req);
  const local = new Set([...req.images, ...req.videos, ...req.audios].flatMap((r) => (r.location.type === 'path' ? [r.location.path] : []))).size;
  let done = 0;
  const report = await preflight(args.request, {
    baseDir,
    model: args.model,
    profiles,
    allowPrivateUrls: server.allowPrivateUrls,
    probe: async (p) => {
      const facts = await lazyProbe(p);
      progress(++done, local, p);
      return facts;
    },
  });
  return { report, req };
}
