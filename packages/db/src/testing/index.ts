export { createTestDatabase } from './test-database';
export type { TestDatabase } from './test-database';
export { startRunPool, stopRunPool } from './run-pool';
