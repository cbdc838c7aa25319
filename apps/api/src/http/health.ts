import { Router } from 'express';
import type { PrismaClient } from '@gatehouse/db';

// A database that does not answer within this time counts as unreachable: a load balancer must not wait longer.
const readinessTimeoutMs = 2000;

/**
 * GET /healthz: the process is alive. GET /readyz: it can serve requests, i.e. the database answers and the
 * server is not shutting down, so that a load balancer stops sending traffic before the connections close.
 */
export function healthRoutes(prisma: PrismaClient, isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
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
