// Serves the built client: files under assets/ carry a content hash in their names, so browsers keep them
// for a year without asking again; index.html names the current ones, so it is always revalidated.
import { join } from 'node:path';
import express, { type Router } from 'express';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function clientAssets(distDir: string): Router {
  const router = express.Router();
  router.use(
    '/assets',
    express.static(join(distDir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE),
    }),
  );
  router.use(
    express.static(distDir, {
      index: 'index.html',
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  // The client keeps its state in the URL: any other GET gets the app's page.
  router.get(/^\/(?!api\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(distDir, 'index.html'));
  });
  return router;
}
