import path from 'node:path';
import { z } from 'zod';

/** The repository root, from src/config or dist/config alike. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : v === 'true' || v === '1'));

/**
 * Every environment variable the API reads, parsed once at boot. `process.env` is read nowhere else.
 * Each one is documented in .env.example.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^(mysql|mariadb):\/\/.+\/[^/?]+/.test(v), 'mysql://user:pass@host:3306/db か mariadb://… の形で指定してください'),
  SQLITE_PATH: z.string().default(path.join(REPO_ROOT, '.data', 'outreach.sqlite')),
  RUN_MIGRATIONS: bool(true),
  SEED_DEMO: bool(true),
  DASHBOARD_DIST: z.string().default(path.join(REPO_ROOT, 'apps', 'dashboard', 'dist')),
  CORS_ORIGINS: z.string().default('http://localhost:5173'),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/i, '例: 1mb').default('1mb'),
  TRUST_PROXY: bool(false),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** Activity photos, outside the web root; served only through the API. */
  PHOTO_DIR: z.string().default(path.join(REPO_ROOT, '.data', 'photos')),
  /**
   * Keys for personal data at rest: "id1:<base64 32 bytes>,id2:<…>"; the first encrypts, all decrypt (rotation).
   * Unset: a key is generated once into DATA_KEY_FILE (fine for a single machine; set it explicitly in production).
   */
  DATA_ENCRYPTION_KEYS: z
    .string()
    .optional()
    .refine((v) => !v || v.split(',').every((k) => /^[\w-]{1,20}:[A-Za-z0-9+/]{43}=$/.test(k.trim())), 'id:base64（32バイト）をカンマ区切りで指定してください'),
  DATA_KEY_FILE: z.string().default(path.join(REPO_ROOT, '.data', 'data-encryption.key')),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});
export type Env = z.infer<typeof envSchema>;

/** Parses the environment or throws one readable line naming the bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that build an app with other settings. */
export function envWith(overrides: Record<string, string | undefined>): Env {
  return parseEnv({ ...process.env, ...overrides });
}
