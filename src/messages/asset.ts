import type { MessageTable } from './types.js';

/** Words for asset-level codes (file.*, image.*, video.*, audio.*). */
export const assetMessages: MessageTable = {};
