// The pool of embedded test databases, for test code that runs in jest (no PGlite import here).
export { EMBEDDED_POOL_ENV, leaseEmbeddedDatabase } from './lease-embedded-database';
export type { EmbeddedDatabaseLease } from './lease-embedded-database';
export { spawnDatabasePool } from './spawn-database-pool';
export type { SpawnedDatabasePool } from './spawn-database-pool';
