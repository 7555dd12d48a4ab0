/** Configuration: one validated schema, environment variables named per field. */
export { loadConfig, CONFIG_ENVIRONMENT, type Config, type ConfigKey } from './config.ts';
