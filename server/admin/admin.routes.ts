// Endpoints that administer the database (re-applying the seed graph): admins only, which includes
// ACTORGRAPH_ADMIN_TOKEN. With neither an admin account nor that token, nobody can call them.
import { Router } from 'express';
import { requireRole } from '../auth/principal.ts';
import type { AppContext } from '../context.ts';
import { seedDatabase } from '../seed/seed-loader.ts';

export function adminRoutes({ driver, config }: AppContext): Router {
  const router = Router();
  // Every path under /admin, known or not, is guarded, so a probe learns nothing without credentials.
  router.use('/admin', requireRole('admin'));
  router.post('/admin/seed', async (_req, res) => {
    // The loader is idempotent and all-or-nothing, so re-running it is always safe.
    const report = await seedDatabase(driver, { database: config.neo4j.database, log: () => {} });
    res.json({ status: 'seeded', nodes: report.nodes, relationships: report.relationships });
  });
  return router;
}
