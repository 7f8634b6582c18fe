// Builds the Express app: security, parsing, logging, the API routes, the built client, and JSON errors.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { adminRoutes } from './admin/admin.routes.ts';
import { authentication } from './auth/authenticate.ts';
import type { AppContext } from './context.ts';
import { healthRoutes } from './health/health.routes.ts';
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
  app.use(securityHeaders());
  app.use(corsPolicy(context.config.corsOrigins));
  app.use(urlLengthLimit());
  // Intake takes whole HTML pages: its own, larger limit; every other body stays within 256 kb.
  app.use('/api/articles', intakeBodyParser);
  app.use(express.json({ limit: '256kb', strict: true }));

  app.use('/api', healthRoutes(context));
  app.use('/api', authentication(context));
  app.use('/api', apiRoutes(context));
  app.use('/api', adminRoutes(context));
  app.use('/api', notFoundHandler);

  if (existsSync(clientDistDir)) {
    app.use(express.static(clientDistDir, { index: 'index.html', maxAge: '1h' }));
    // The client keeps its state in the URL: any other GET gets the app's page.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(clientDistDir, 'index.html')));
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
