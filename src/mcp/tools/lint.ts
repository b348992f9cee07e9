import { z } from 'zod';
import { applyConfigToReport } from '../../config/apply.js';
import { fileFilter, modelFor, resolveGateLazy } from '../../cli/gate.js';
import { lint, resolveProfile } from '../../lint.js';
import { loadManifest } from '../../manifest/index.js';
import { formatPretty } from '../../reporters/pretty.js';
import { reportSchema } from '../schemas.js';
import { loadUserProfiles } from '../../cli/profile-files.js';
import type { ServerContext, ToolDef } from './types.js';

const input = z.strictObject({
  paths: z.array(z.string()).min(1).describe('files, folders (walked recursively), request manifests (.json) or http(s) URLs, relative to the server root'),
  model: z.string().optional().describe('profile id or model name for loose files; manifests pick their own unless this is set'),
  deep: z.boolean().optional().describe('decode every frame and sample as well (slower)'),
  profileFiles: z.array(z.string()).optional().describe('profile files (JSON, relative to the server root) to check against besides the server\'s; name one with model'),
});

/** `lint`: what `seedance-preflight lint --format json` prints, run in the server root (its config file included). */
export const lintTool: ToolDef<typeof input> = {
  name: 'lint',
  config: {
    title: 'Lint reference assets',
    description: 'Checks images, videos, audio and request manifests against the Seedance 2.0 limits of the chosen profile, before anything is sent. structuredContent is the same report as `seedance-preflight lint --format json`; ok=false means at least one error. Reads files only.',
    inputSchema: input,
    outputSchema: reportSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  },
  async run(args, { server, progress }) {
    const profiles = [...server.profiles, ...(await callProfiles(args.profileFiles, server))];
    resolveProfile(args.model, profiles);
    const total = await server.root.checkInputs(args.paths, (m) => loadManifest(m, { profile: args.model, profiles }));
    const dir = server.root.dir;
    const gate = await resolveGateLazy({}, dir);
    const raw = await lint(args.paths, {
      model: modelFor(gate, args.model),
      profiles,
      allowPrivateUrls: server.allowPrivateUrls,
      accept: fileFilter(gate, dir),
      // as in the CLI: a model named in the call beats the config's per-file profiles
      profileFor: args.model || !gate.config ? undefined : (p) => gate.resolver.profileFor(p),
      onProgress: (e) => progress(e.done, total, e.source),
      deep: args.deep,
    });
    // files skipped as not media were counted in the total: the last notification says done
    progress(total, total);
    const report = applyConfigToReport(raw, gate.resolver);
    return { text: formatPretty(report), data: { ...report } };
  },
};

/** The call's own profile files: inside the root like every other path, loaded as `--profile-file` loads them. */
async function callProfiles(files: string[] | undefined, server: ServerContext) {
  if (!files?.length) return [];
  for (const f of files) await server.root.check(f);
  return loadUserProfiles(files);
}
