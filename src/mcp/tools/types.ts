import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { Profile } from '../../profiles/types.js';
import type { ProviderName } from '../../submit/types.js';
import type { CallContext, ToolOutput } from '../call.js';
import type { Root } from '../root.js';

/** What the server was started with: every tool reads its limits from here, never from the call. */
export interface ServerContext {
  root: Root;
  /** --allow-private-urls: URLs on private or loopback hosts (staging, tests). */
  allowPrivateUrls: boolean;
  /** --provider and --base-url: where submit and status go. Never a tool argument, so a call cannot send the key elsewhere. */
  provider?: ProviderName;
  baseUrl?: string;
  env: NodeJS.ProcessEnv;
  /** --profile-file: user profiles every tool checks against, loaded once at start. */
  profiles: Profile[];
}

export interface ToolDef<S extends z.ZodObject> {
  name: string;
  config: {
    title: string;
    description: string;
    inputSchema: S;
    outputSchema: z.ZodObject;
    annotations: ToolAnnotations;
  };
  run(args: z.infer<S>, ctx: CallContext & { server: ServerContext }): Promise<ToolOutput>;
}
