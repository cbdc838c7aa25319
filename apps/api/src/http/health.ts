import { Router } from 'express';
import type { PrismaClient } from '@gatehouse/db';

// A database that does not answer within this time counts as unreachable: a load balancer must not wait longer.
const readinessTimeoutMs = 2000;

/** GET /healthz: the process is alive. GET /readyz: it can serve requests, i.e. the database answers. */
export function healthRoutes(prisma: PrismaClient): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const reachable = await databaseAnswers(prisma);
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'database unreachable' });
  });
  return router;
}

async function databaseAnswers(prisma: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), readinessTimeoutMs);
  });
  const query = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
