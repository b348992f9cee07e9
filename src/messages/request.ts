import type { MessageTable } from './types.js';

/** Words for request-level codes (request.*). */
export const requestMessages: MessageTable = {};
