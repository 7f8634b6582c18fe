// Endpoints that write to the database (re-applying the seed graph), behind the admin token.
import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { seedDatabase } from '../seed/seed-loader.ts';
import { requireAdminToken } from './require-admin-token.ts';

export function adminRoutes({ driver, config }: AppContext): Router {
  const router = Router();
  router.use('/admin', requireAdminToken(config.adminToken));
  router.post('/admin/seed', async (_req, res) => {
    // The loader is idempotent and all-or-nothing, so re-running it is always safe.
    const report = await seedDatabase(driver, { database: config.neo4j.database, log: () => {} });
    res.json({ status: 'seeded', nodes: report.nodes, relationships: report.relationships });
  });
  return router;
}
