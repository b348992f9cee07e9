/**
 * seedance-preflight/browser's view: a Report as the HTML report's page (the same builder as
 * `lint --format html`: cards, verdicts, facts, fixes, request budgets), for a page to show in an
 * iframe. A separate module so an app that only checks files does not load it.
 */
import type { Report } from '../types.js';
import { buildHtml } from '../reporters/html/build.js';
import type { Thumb } from '../reporters/html/types.js';

export type { Thumb, Picture } from '../reporters/html/types.js';

/** The whole report page; `thumbs` by asset source (data: URIs the page made itself). */
export function reportHtml(report: Report, thumbs: ReadonlyMap<string, Thumb> = new Map()): string {
  return buildHtml(report, thumbs, { toolVersion: 'browser' });
}
