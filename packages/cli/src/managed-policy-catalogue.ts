import { createPrismaClient } from '@gatehouse/db';
import { AWS_MANAGED_POLICY_PACKAGE, ensureAwsManagedPolicies, type AwsManagedPolicySync } from '@gatehouse/seed';

/** Syncs AWS's managed policies when the database holds none yet or holds them from another package release. */
export async function ensureManagedPolicyCatalogue(databaseUrl: string): Promise<AwsManagedPolicySync | null> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await ensureAwsManagedPolicies(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The line `start` and `seed` print after a sync: what it added, and from which release. */
export function formatCatalogueSync(sync: AwsManagedPolicySync): string {
  const moved = sync.defaultsMoved > 0 ? `, ${count(sync.defaultsMoved, 'default version', 'default versions')} moved to AWS's latest` : '';
  return `AWS managed policies synced from ${AWS_MANAGED_POLICY_PACKAGE} ${sync.packageVersion}: ${count(sync.policiesCreated, 'policy', 'policies')} and ${count(sync.versionsCreated, 'version', 'versions')} added${moved} (${count(sync.policies, 'policy', 'policies')} in the catalogue).`;
}
