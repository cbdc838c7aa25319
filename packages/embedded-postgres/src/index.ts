export { startEmbeddedPostgres } from './embedded-postgres';
export { EMBEDDED_APPLICATION_NAME, isEmbeddedDatabaseUrl } from './embedded-url';
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded-postgres';
