// GET /api/health: 200 with Neo4j's version while the database answers, 503 while it does not; and the
// result cache's counters.
import { Router } from 'express';
import type { CacheStats } from '../cache/result-cache.ts';
import type { AppContext } from '../context.ts';
import { checkHealth } from './health.service.ts';

export function healthRoutes({ driver, config }: AppContext, cacheStats: () => CacheStats): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ...(await checkHealth(driver, config.neo4j.database)), cache: cacheStats() });
  });
  return router;
}
