// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes
// a database built by the existing migrations to schema.prisma. That database is a throwaway in-memory PostgreSQL,
// so this needs neither a running server nor Prisma's native engine download.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@gatehouse/embedded-postgres';
import { applyMigrations, diffDatabaseToSchema } from '../src/migrate';
import { migrationsDir } from '../src/paths';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores, e.g. add_user_tags)');
  process.exit(2);
}

const scratch = await startEmbeddedPostgres();
try {
  await applyMigrations({ databaseUrl: scratch.databaseUrl });
  const sql = await diffDatabaseToSchema({ databaseUrl: scratch.databaseUrl });
  if (sql === '') {
    console.log('The migrations already produce schema.prisma: no migration written.');
  } else {
    // Prisma's folder naming: UTC time as YYYYMMDDHHMMSS, then the name.
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = join(migrationsDir, `${stamp}_${name}`);
    await mkdir(folder);
    await writeFile(join(folder, 'migration.sql'), sql);
    console.log(`Wrote ${join(folder, 'migration.sql')}`);
  }
} finally {
  await scratch.stop();
}
