/** Where a config lives. Kept free of zod so the CLI can look for a config without loading the schema. */
export const CONFIG_FILE = 'seedance-preflight.config.json';
export const PACKAGE_KEY = 'seedancePreflight';
