import { applyMigrations } from '@gatehouse/db/migrate';
import { withDatabase } from '../database';

/** `gatehouse migrate`: applies pending migrations from prisma/migrations. */
export async function migrateCommand(): Promise<void> {
  const { applied } = await withDatabase(({ databaseUrl }) => applyMigrations({ databaseUrl }));
  console.log(applied.length === 0 ? 'The database is up to date.' : `Applied ${applied.length} migration(s): ${applied.join(', ')}`);
}
