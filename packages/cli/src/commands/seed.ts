import { SecretBox, loadServerKey } from '@gatehouse/credentials';
import { createPrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';
import { demoAccounts, seedDemoEnvironment, type DemoSeedResult } from '@gatehouse/seed';
import { withDatabase } from '../database';
import { formatDemoSignIns } from '../demo-sign-ins';
import { ensureManagedPolicyCatalogue, formatCatalogueSync } from '../managed-policy-catalogue';

/** Applies pending migrations, then creates what is missing of the demo environment. */
export async function seedDatabase(databaseUrl: string): Promise<DemoSeedResult> {
  await applyMigrations({ databaseUrl });
  const { key } = await loadServerKey();
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await seedDemoEnvironment(prisma, new SecretBox(key));
  } finally {
    await prisma.$disconnect();
  }
}

/** `gatehouse seed`: idempotent; the demo environment and AWS's managed policy catalogue; prints the demo sign-in details. */
export async function seedCommand(): Promise<void> {
  const { result, catalogue } = await withDatabase(async ({ databaseUrl }) => ({
    result: await seedDatabase(databaseUrl),
    catalogue: await ensureManagedPolicyCatalogue(databaseUrl),
  }));
  if (catalogue) console.log(formatCatalogueSync(catalogue));
  console.log(formatDemoSignIns(result, demoAccounts));
}
