import { EMBEDDED_POOL_ENV, spawnDatabasePool, type SpawnedDatabasePool } from '@gatehouse/embedded-postgres/pool';

declare global {
  // Shared with the globalTeardown, which jest runs in the same process as the globalSetup.
  var gatehouseRunPool: SpawnedDatabasePool | undefined;
}

/**
 * For a jest globalSetup: a jest run started on its own, with neither DATABASE_URL nor the pool of the root `npm test`,
 * gets one pool of embedded databases for the run. Workers inherit the variable.
 */
export async function startRunPool(): Promise<void> {
  if (process.env.DATABASE_URL || process.env[EMBEDDED_POOL_ENV]) return;
  globalThis.gatehouseRunPool = await spawnDatabasePool();
  process.env[EMBEDDED_POOL_ENV] = globalThis.gatehouseRunPool.poolAddress;
}

/** For the matching globalTeardown: stops the pool startRunPool started, if it did. */
export async function stopRunPool(): Promise<void> {
  const pool = globalThis.gatehouseRunPool;
  if (!pool) return;
  globalThis.gatehouseRunPool = undefined;
  delete process.env[EMBEDDED_POOL_ENV];
  await pool.stop();
}
