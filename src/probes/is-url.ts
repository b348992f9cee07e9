/** A string with a URL scheme is probed as a URL (http(s) read by ranges; other schemes refused). */
export const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
