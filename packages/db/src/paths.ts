import { fileURLToPath } from 'node:url';

/** `prisma/schema.prisma` at the repository root: the single source of the stored shapes. */
export const schemaPath = fileURLToPath(new URL('../../../prisma/schema.prisma', import.meta.url));

/** `prisma/migrations`, in Prisma's layout: one `<stamp>_<name>/migration.sql` per migration. */
export const migrationsDir = fileURLToPath(new URL('../../../prisma/migrations/', import.meta.url));
