import { isIP } from '../../lib/ip.js';
import { classifyAddress, type AddressClass } from '../../remote/address.js';

/**
 * Why a URL host is not public, or null when it is. IP literals go to the remote module's
 * classifier; the WHATWG URL parser has already turned 2130706433, 0x7f.1 and 017700000001 into
 * 127.0.0.1 and compressed IPv6. Names: "localhost" and reserved local suffixes; a single label
 * ("intranet") cannot resolve from the provider either.
 */
export type HostClass = AddressClass | 'local_name' | 'single_label';

const LOCAL_SUFFIXES = ['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'home.arpa', 'corp'];

export function classifyHost(hostname: string): HostClass | null {
  let h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (isIP(h.replace(/%.*$/, ''))) return classifyAddress(h);
  h = h.replace(/\.$/, '');
  if (h === '') return 'unspecified';
  if (LOCAL_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`))) return 'local_name';
  if (!h.includes('.')) return 'single_label';
  return null;
}
