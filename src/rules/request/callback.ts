import type { Finding } from '../../types.js';
import type { RequestRule } from './types.js';
import { classifyHost } from './hosts.js';

/**
 * callback_url (002): https only, no private/loopback/link-local host, ≤ 2048 characters.
 * One finding per broken condition. A single-label host ("https://intranet/") is a warning:
 * it cannot resolve from the provider, but it is not an address the document names.
 */
export const callbackRules: RequestRule = (req, { profile }) => {
  const lim = profile.request.callbackUrl;
  const written = req.callbackUrl;
  if (!lim || written === null) return [];
  const { httpsOnly, publicHostOnly, maxLength } = lim.value;
  const limit = { httpsOnly, publicHostOnly, maxLength };
  const out: Finding[] = [];
  const push = (reason: string, extra: Record<string, unknown> = {}, severity: Finding['severity'] = lim.severity ?? 'error') =>
    out.push({ code: 'request.callback_url', severity, args: { reason, url: truncate(written), limit, source: lim.source, ...extra } });

  if (written.length > maxLength) push('too_long', { actual: written.length, limit: maxLength });
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    push('invalid', { actual: written.length > 200 ? truncate(written) : written });
    return out;
  }
  if (httpsOnly && url.protocol !== 'https:') push('not_https', { actual: url.protocol.replace(/:$/, ''), limit: 'https' });
  if (publicHostOnly) {
    const cls = classifyHost(url.hostname);
    if (cls) push(cls === 'single_label' ? 'unqualified_host' : 'private_host', { actual: url.hostname, hostClass: cls }, cls === 'single_label' ? 'warning' : (lim.severity ?? 'error'));
  }
  return out;
};

const truncate = (s: string): string => (s.length > 200 ? `${s.slice(0, 197)}...` : s);
