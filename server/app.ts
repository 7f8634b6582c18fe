// Builds the Express app: security, parsing, logging, the API routes, the built client, and JSON errors.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { adminRoutes } from './admin/admin.routes.ts';
import { authentication } from './auth/authenticate.ts';
import { resultCache } from './cache/result-cache.ts';
import type { AppContext } from './context.ts';
import { healthRoutes } from './health/health.routes.ts';
import { clientAssets } from './http/client-assets.ts';
import { compressAnswers } from './http/compression.ts';
import { errorHandler, notFoundHandler } from './http/error-handler.ts';
import { requestLogging } from './http/request-log.ts';
import { corsPolicy, securityHeaders } from './http/security.ts';
import { urlLengthLimit } from './http/url-limit.ts';
import { intakeBodyParser } from './intake/intake-body-parser.ts';
import { apiRoutes } from './routes.ts';

export const clientDistDir = join(import.meta.dirname, '..', 'dist', 'client');

export function createApp(context: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'simple');

  app.use(requestLogging(context.logger));
  app.use(compressAnswers());
  app.use(securityHeaders());
  app.use(corsPolicy(context.config.corsOrigins));
  app.use(urlLengthLimit());
  // Intake takes whole HTML pages: its own, larger limit; every other body stays within 256 kb.
  app.use('/api/articles', intakeBodyParser);
  app.use(express.json({ limit: '256kb', strict: true }));

  const cache = resultCache(context);
  app.use('/api', healthRoutes(context, cache.stats));
  app.use('/api', authentication(context));
  app.use('/api', apiRoutes(context, cache));
  app.use('/api', adminRoutes(context));
  app.use('/api', notFoundHandler);

  if (existsSync(clientDistDir)) app.use(clientAssets(clientDistDir));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
