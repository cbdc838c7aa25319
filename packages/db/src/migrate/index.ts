export { applyMigrations, FailedMigrationError } from './apply-migrations';
export type { ApplyMigrationsOptions, ApplyMigrationsResult } from './apply-migrations';
export { diffDatabaseToSchema } from './diff-schema';
export type { DiffOptions } from './diff-schema';
export { readMigrationFiles } from './migration-files';
export type { MigrationFile } from './migration-files';
