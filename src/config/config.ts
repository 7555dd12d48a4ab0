/**
 * One validated configuration, read once at start-up. Each field names its
 * environment variable; CLI flags override the environment, which overrides
 * the defaults. Every problem is reported at once.
 */
import { z } from 'zod';
import { InputError } from '../domain/index.ts';

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Field → [environment variable, schema]. */
const FIELDS = {
  politenessMs: ['PROGRAMKARTAN_POLITENESS_MS', intFrom(0, 600_000).default(1000)],
  siteConcurrency: ['PROGRAMKARTAN_SITE_CONCURRENCY', intFrom(1, 1000).default(48)],
  pageBudget: ['PROGRAMKARTAN_PAGE_BUDGET', intFrom(1, 10_000).default(40)],
  timeoutMs: ['PROGRAMKARTAN_TIMEOUT_MS', intFrom(100, 600_000).default(20_000)],
  maxBytes: ['PROGRAMKARTAN_MAX_BYTES', intFrom(1024, 1024 * 1024 * 1024).default(40 * 1024 * 1024)],
  retries: ['PROGRAMKARTAN_RETRIES', intFrom(0, 10).default(2)],
  database: ['DATABASE_URL', z.string().min(1).optional()],
} as const;

export type ConfigKey = keyof typeof FIELDS;
export interface Config {
  politenessMs: number;
  siteConcurrency: number;
  pageBudget: number;
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  database: string | undefined;
}

/** Documentation of every setting, for `--help` and docs. */
export const CONFIG_ENVIRONMENT: ReadonlyArray<{ key: ConfigKey; env: string }> = Object.entries(FIELDS).map(([key, [env]]) => ({ key: key as ConfigKey, env }));

/** Reads the configuration from flags (already parsed) and the environment. */
export function loadConfig(flags: Partial<Record<ConfigKey, unknown>>, env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, [envName, schema]] of Object.entries(FIELDS)) {
    const raw = flags[key as ConfigKey] ?? env[envName];
    const parsed = (schema as z.ZodType).safeParse(raw === '' ? undefined : raw);
    if (parsed.success) out[key] = parsed.data;
    else problems.push(`${key} (${envName}): ${parsed.error.issues.map((i) => i.message).join(', ')} (got "${String(raw)}")`);
  }
  if (problems.length > 0) throw new InputError(`invalid configuration: ${problems.join('; ')}`);
  return out as unknown as Config;
}
