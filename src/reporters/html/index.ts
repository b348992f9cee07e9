export { buildHtml } from './build.js';
export { generateThumbs, THUMB_CACHE_FILE, type ThumbOptions } from './thumbs.js';
export { requestBudgets, type RequestBudgets } from './budgets.js';
export type { HtmlContext, Picture, Thumb, Thumbs } from './types.js';
