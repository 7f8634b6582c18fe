// Mounts every feature's routes under /api (health is mounted by app.ts so it stays cheap).
import { Router } from 'express';
import type { AppContext } from './context.ts';

export function apiRoutes(_context: AppContext): Router {
  const router = Router();
  return router;
}
