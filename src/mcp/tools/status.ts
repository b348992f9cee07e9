import { z } from 'zod';
import { UsageError } from '../../cli/errors.js';
import { taskLines } from '../../cli/submit.js';
import { taskSchema } from '../schemas.js';
import { apiKey, baseUrlOf, journalDir } from './provider.js';
import type { ToolDef } from './types.js';

const input = z.strictObject({
  taskId: z.string().min(1).describe('the task id submit returned'),
});

/** `status`: one query of a task's state, its provider found as the CLI's `status` finds it. */
export const statusTool: ToolDef<typeof input> = {
  name: 'status',
  config: {
    title: 'Task status',
    description: 'The state of a submitted task: pending, processing, completed (with result URLs, valid 24 hours) or failed (with the provider\'s reason). The provider is the server\'s --provider, else told by the id (task-unified-... is evolink, task_... is aigptimage); the local journal never chooses it. The key goes only to the provider\'s official host or the server\'s --base-url.',
    inputSchema: input,
    outputSchema: taskSchema,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  },
  async run(args, { server }) {
    const key = apiKey(server.env);
    const { Journal, getTask } = await import('../../submit/index.js');
    const known = await new Journal(journalDir(server)).findTask(args.taskId);
    // the provider and host come from the server's flags or the id's form, never from the journal alone
    const { chooseBaseUrl, chooseProvider } = await import('../../submit/base-url.js');
    const picked = chooseProvider(server.provider, args.taskId, known);
    const provider = picked.provider;
    if (!provider) throw new UsageError(`cannot tell which provider ${args.taskId} belongs to`, 'start the server with --provider evolink or --provider aigptimage');
    const chosen = chooseBaseUrl(provider, baseUrlOf(server), known);
    const task = await getTask(args.taskId, { provider, baseUrl: chosen.baseUrl, apiKey: key });
    const warning = [picked.warning, chosen.warning].filter((w): w is string => !!w).map((w) => `warning: ${w}`);
    return { text: `${[...warning, ...taskLines(task)].join('\n')}\n`, data: { ...task } };
  },
};

