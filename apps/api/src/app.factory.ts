import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { type INestApplication, Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { useJapaneseZodMessages } from '@outreach/domain/common';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { Clock, SystemClock } from './common/clock';
import { IMMUTABLE, precompressedAssets } from './common/http/dashboard-assets';
import { useJsonBytes } from './common/http/json-body';
import { requestId } from './common/http/request-id.middleware';
import { noStore, writeOriginCheck } from './common/http/write-origin.middleware';
import { SERVER_TIME_HEADER, serverTime } from './common/http/server-time.middleware';
import type { Env } from './config/env';
import { parseDatabaseUrl } from './database/database-url';
import { demoServicesOf, seedDemo } from './database/seed/demo-seed';
import { ScheduledJobs } from './modules/leases/scheduled-jobs';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Builds the whole application (used by main.ts and by every integration/e2e test): security headers,
 * body limits, the API under /api, the OpenAPI document, the built dashboard at /, migrations and demo data.
 */
export async function createApp(env: Env, options: { clock?: Clock; quiet?: boolean } = {}): Promise<NestExpressApplication> {
  useJapaneseZodMessages();
  const logger = options.quiet ? false : LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, options.clock ?? new SystemClock()), {
    logger,
    bodyParser: false,
  });
  const log = new Logger('Bootstrap');
  const target = parseDatabaseUrl(env.DATABASE_URL, env.SQLITE_PATH);
  log.log(`Database: ${target.kind} (${target.display})`);

  // A hop count or the proxies' addresses (never "every hop"): see config/trust-proxy.ts.
  app.set('trust proxy', env.TRUST_PROXY);
  app.disable('x-powered-by');
  // The API's answers are never stored (noStore below), so nothing revalidates them with an entity tag; Express would
  // hash every answer for one (≈ 1 ms for a vendor's list of 100 programs). The dashboard's files keep theirs (static).
  app.set('etag', false);
  // Large answers (a vendor's program list, a dashboard summary) into UTF-8 in pieces: the same bytes, less CPU.
  useJsonBytes(app.getHttpAdapter().getInstance());
  app.use(requestId);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // LGWAN: everything comes from us; no external fonts, scripts, images or connections.
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(cookieParser());
  app.use('/api', noStore, serverTime(app.get(Clock)), writeOriginCheck(env.CORS_ORIGINS));
  app.use('/api', express.json({ limit: env.BODY_LIMIT }));
  // CORS only for origins configured; with none, browsers keep to the same origin (the API serves the dashboard).
  if (env.CORS_ORIGINS.length) app.enableCors({ origin: env.CORS_ORIGINS, credentials: true, exposedHeaders: ['X-Total-Count', 'Content-Disposition', SERVER_TIME_HEADER] });
  app.setGlobalPrefix('api');
  serveDashboard(app, env, log);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Outreach Desk API').setDescription('マイナンバーカード出張申請受付業務の管理 API').setVersion('0.1.0').addCookieAuth('od_session').build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });

  await app.init();
  const dataSource = app.get(DataSource);
  if (env.RUN_MIGRATIONS) {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    if (ran.length) log.log(`Migrations run: ${ran.map((m) => m.name).join(', ')}`);
  }
  if (env.SEED_DEMO) {
    const seeded = await seedDemo(dataSource, app.get(Clock).now(), demoServicesOf(app));
    if (seeded) log.log(`Demo data created. Logins (password ${seeded.password}): ${seeded.logins.map((l) => `${l.role}=${l.email}`).join(', ')}`);
  }
  // Periodic work (the personal-data sweep) starts on a migrated, seeded database, never before.
  app.get(ScheduledJobs).start();
  return app;
}

/** `/api` and below: the API's routes (its documents included), never the dashboard's files. */
function isApiPath(p: string): boolean {
  return p === '/api' || p.startsWith('/api/');
}

/** In production the API serves the built dashboard, so one URL gives everything; unknown non-API paths get index.html. */
function serveDashboard(app: INestApplication, env: Env, log: Logger): void {
  const index = path.join(env.DASHBOARD_DIST, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn(`Dashboard not built (${env.DASHBOARD_DIST}); serving the API only`);
    return;
  }
  // Hashed files: compressed by the build, cached for a year; the rest (favicon…) for an hour; index.html never.
  const assets = path.join(env.DASHBOARD_DIST, 'assets');
  app.use('/assets', precompressedAssets(assets));
  app.use('/assets', express.static(assets, { index: false, cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE) }));
  // The dashboard's other files (favicon…) for every path but the API's: an API request never looks for a file, and no
  // file in the build can answer in an API route's place.
  const files = express.static(env.DASHBOARD_DIST, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
