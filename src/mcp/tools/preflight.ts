import { formatPretty } from '../../reporters/pretty.js';
import { reportSchema } from '../schemas.js';
import { checkBody, requestInput } from './request.js';
import type { ToolDef } from './types.js';

/** `preflight`: the report for one request body, as the library's preflight() gives it. */
export const preflightTool: ToolDef<typeof requestInput> = {
  name: 'preflight',
  config: {
    title: 'Preflight one request',
    description: 'Checks one request body (prompt, options and every referenced image, video and audio) before it is sent: the same report as `lint` gives for a manifest, with the billing estimate. Sends nothing.',
    inputSchema: requestInput,
    outputSchema: reportSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  },
  async run(args, { server, progress }) {
    const { report } = await checkBody(args, server, progress);
    return { text: formatPretty(report), data: { ...report } };
  },
};
