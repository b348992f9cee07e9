import { resolve } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../cli/errors.js';
import { assertPathsExist } from '../../lint.js';
import { loadManifest, normalizeRequest } from '../../manifest/index.js';
import { formatPretty } from '../../reporters/pretty.js';
import type { SubmitResult } from '../../submit/types.js';
import { submitResultSchema } from '../schemas.js';
import { abortableSleep, apiKey, baseUrlOf, journalDir } from './provider.js';
import type { ToolDef } from './types.js';

const input = z.strictObject({
  manifest: z.string().optional().describe('a request manifest (.json) inside the server root; give this or request'),
  request: z.record(z.string(), z.unknown()).optional().describe('a request body object; give this or manifest'),
  baseDir: z.string().optional().describe('with request: folder its relative asset paths resolve against (default: the server root)'),
  wait: z.boolean().optional().describe('poll until the task completes or fails (progress is reported while waiting)'),
  pollIntervalSec: z.number().positive().optional().describe('seconds between polls while waiting (default 10)'),
  timeoutSec: z.number().positive().optional().describe('stop waiting after this many seconds (default 1800; the task goes on)'),
  force: z.boolean().optional().describe('send even if the same request was sent in the last 10 minutes (that bills a second task)'),
  confirm: z.literal(true, { error: 'submit sends the request to the provider, which bills it: pass confirm: true to send (see estimate for the cost)' })
    .describe('must be true: submitting is billed'),
});

/** `submit`: preflight, upload local files, create the task; the key comes from the server's environment only. */
export const submitTool: ToolDef<typeof input> = {
  name: 'submit',
  config: {
    title: 'Submit a request (billed)',
    description: 'Checks the request as preflight does and, only when it has no errors, uploads local files (S3 settings from the server\'s environment), sends it to the provider and returns the task id; wait: true polls until it ends. This spends credits: it needs confirm: true. A request with errors is not sent (sent: false, with the report). The API key is read from SEEDANCE_API_KEY in the server\'s environment and never returned.',
    inputSchema: input,
    outputSchema: submitResultSchema,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  },
  async run(args, { server, progress, signal }) {
    if ((args.manifest === undefined) === (args.request === undefined)) {
      throw new UsageError('submit takes exactly one of manifest or request', 'e.g. { "manifest": "request.json", "confirm": true }');
    }
    let request: string | object;
    let baseDir: string | undefined;
    if (args.manifest !== undefined) {
      await server.root.check(args.manifest);
      await assertPathsExist([args.manifest]);
      await server.root.checkRequest(await loadManifest(args.manifest, { profiles: server.profiles }));
      request = args.manifest;
    } else {
      baseDir = resolve(server.root.dir, args.baseDir ?? '.');
      await server.root.check(baseDir);
      await server.root.checkRequest(normalizeRequest(args.request, 'request', { profiles: server.profiles, baseDir, checkEscapes: false }));
      request = args.request!;
    }
    const key = apiKey(server.env);
    const { uploaderFromEnv } = await import('../../upload/index.js');
    const uploader = uploaderFromEnv(server.env);
    // the AWS SDK's notice about future Node releases would only be noise in a client's log
    if (uploader) process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const { submit } = await import('../../submit/index.js');
    let step = 0;
    const result = await submit(request, {
      provider: server.provider,
      baseUrl: baseUrlOf(server),
      apiKey: key,
      uploader: uploader ?? undefined,
      baseDir,
      wait: args.wait,
      pollIntervalSec: args.pollIntervalSec,
      timeoutSec: args.timeoutSec,
      journal: { dir: journalDir(server) },
      force: args.force,
      allowPrivateUrls: server.allowPrivateUrls,
      // a cancelled call stops waiting; a task already created goes on, as after --timeout
      clock: { sleep: (ms) => abortableSleep(ms, signal) },
      onProgress: (e) => progress(++step, undefined, e.message),
    });
    return { text: resultText(result), data: { ...result } };
  },
};

function resultText(r: SubmitResult): string {
  if (!r.sent) return `${formatPretty(r.report)}\nnot sent: the request has ${r.report.summary.errors} error(s); fix them and submit again.\n`;
  const lines = [`sent to ${r.provider}: task ${r.taskId} (${r.status}${r.progress !== null ? ` ${r.progress}%` : ''})`];
  for (const u of r.uploads) lines.push(`  uploaded: ${u.path} -> ${u.url} (until ${u.expiresAt})`);
  if (r.estimatedCredits !== null) lines.push(`  estimated credits: ${r.estimatedCredits}`);
  for (const u of r.resultUrls) lines.push(`  result: ${u}`);
  if (r.status !== 'completed') lines.push(`  check it with the status tool: { "taskId": "${r.taskId}" }`);
  return [...r.notes.map((n) => `note: ${n}`), ...lines].join('\n') + '\n';
}

