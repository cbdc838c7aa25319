export { createTestDatabase, EMBEDDED_POSTGRES_FLAG } from './test-database';
export type { TestDatabase } from './test-database';
