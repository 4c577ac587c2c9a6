import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy } from './trust-proxy';

/** The repository root (the folder of pnpm-workspace.yaml), from src/config, dist/config or dist-bench/src/config alike. */
export const REPO_ROOT = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  return path.resolve(__dirname, '..', '..', '..', '..');
})();

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
  /**
   * Browser origins other than the API's own that may call it with cookies (CORS, and the cross-site write
   * check). Empty: none — the built dashboard is served by the API itself and the dev server proxies /api.
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean))
    .refine((list) => list.every((o) => /^https?:\/\/[^/\s?#*]+$/.test(o)), 'https://host[:port] の形でカンマ区切りで指定してください（* は使えません）'),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/i, '例: 1mb').default('1mb'),
  /** Which reverse proxies may state the client's address (X-Forwarded-For/-Proto): a hop count or their addresses. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parseTrustProxy(v);
      if (typeof parsed === 'string' && parsed.startsWith('!')) {
        ctx.addIssue({ code: 'custom', message: parsed.slice(1) });
        return z.NEVER;
      }
      return parsed;
    }),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** Activity photos, outside the web root; served only through the API. */
  PHOTO_DIR: z.string().default(path.join(REPO_ROOT, '.data', 'photos')),
  /** Photos decoded at once (each holds a worker thread and up to ~200 MB for a 40-megapixel picture); others queue. */
  IMAGE_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(1),
  /**
   * Keys for personal data at rest: "id1:<base64 32 bytes>,id2:<…>"; the first encrypts, all decrypt (rotation).
   * Unset: a key is generated once into DATA_KEY_FILE (fine for a single machine; set it explicitly in production).
   */
  DATA_ENCRYPTION_KEYS: z
    .string()
    .optional()
    .refine((v) => !v || v.split(',').every((k) => /^[\w-]{1,20}:[A-Za-z0-9+/]{43}=$/.test(k.trim())), 'id:base64（32バイト）をカンマ区切りで指定してください'),
  DATA_KEY_FILE: z.string().default(path.join(REPO_ROOT, '.data', 'data-encryption.key')),
  /**
   * The key store of crypto-shredding: one wrapped data key per record of personal data. Keep it apart from the
   * database and its backups, back it up separately with a short retention (docs/privacy.md); several API
   * instances share one directory.
   */
  DATA_KEY_STORE_DIR: z.string().default(path.join(REPO_ROOT, '.data', 'keys')),
  /** The personal-data sweep at start and hourly (`off` only in tests that drive it themselves). */
  PERSONAL_DATA_SWEEP: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /**
   * Several API instances: Redis for the report-job registry (docs/operations.md). Unset: the registry stays
   * in this process's memory, as a single instance needs.
   */
  REDIS_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => !v || /^rediss?:\/\/.+/.test(v), 'redis://host:6379/0 の形で指定してください'),
  /** Prefix of every Redis key, so several installations (or tests) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,40}$/, '英数字と : . - _ で40文字まで').default('outreach:'),
  /**
   * Finished report-job files. Unset: a temporary directory of this process (one instance). With several
   * instances, a directory every instance mounts at the same path.
   */
  REPORT_JOB_DIR: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /**
   * Tests only: a file holding the instant the API takes as now (ISO 8601), read again when it changes. Refused with
   * NODE_ENV=production; the browser tests that walk through days use it.
   */
  CLOCK_FILE: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** Tests only, with CLOCK_FILE: time flows on from the file's instant instead of standing still. */
  CLOCK_RUNS: bool(false),
  /** This instance's name in leases and logs (default: host name and process id). */
  INSTANCE_NAME: z
    .string()
    .max(60)
    .optional()
    .transform((v) => v || undefined),
});
export type Env = z.infer<typeof envSchema>;

/** Parses the environment or throws one readable line naming the bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema
    .refine((e) => !e.REDIS_URL || e.REPORT_JOB_DIR, { path: ['REPORT_JOB_DIR'], message: 'REDIS_URL を使うとき（複数インスタンス）は、全インスタンスが共有するディレクトリを指定してください' })
    .refine((e) => !(e.CLOCK_FILE && e.NODE_ENV === 'production'), { path: ['CLOCK_FILE'], message: 'CLOCK_FILE はテスト用です（NODE_ENV=production では使えません）' })
    .safeParse(source);
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
