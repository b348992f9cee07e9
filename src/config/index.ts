export { CONFIG_FILE, PACKAGE_KEY, ConfigSchema, RuleSetting, configJsonSchema } from './schema.js';
export type { Config, Override } from './schema.js';
export { ConfigError, findConfigFile, loadConfig, readConfigFile } from './load.js';
export type { LoadedConfig } from './load.js';
export { applyConfig, applyConfigToReport, applyRules, configResolver } from './apply.js';
export type { ConfigResolver } from './apply.js';
export { globList, relativeTo } from './globs.js';
