import { parseArn } from '@gatehouse/evaluator';
import type { PrismaClient } from '@gatehouse/db';
import { invalidInput, noSuchEntity } from '../errors/iam-error';
import type { GoverningPolicies } from './governing-policies';
import type { GoverningPolicyCache } from './governing-policy-cache';

/**
 * The governing policies of the user, group or role `principalArn` of `accountId` (AWS's PolicySourceArn). An ARN
 * that names no such kind, or another account's, is InvalidInput; one that names nobody, NoSuchEntity.
 */
export async function governingPoliciesByArn(
  db: PrismaClient,
  governing: GoverningPolicyCache,
  accountId: string,
  principalArn: string,
  field: string,
): Promise<GoverningPolicies> {
  const arn = parseArn(principalArn);
  const [resourceType, ...rest] = arn?.resource.split('/') ?? [];
  const name = rest.at(-1);
  const invalid = () => invalidInput(`Invalid ARN ${principalArn}: it must name a user, group or role of this account.`, field);
  if (!arn || arn.service !== 'iam' || arn.accountId !== accountId || name === undefined) throw invalid();
  if (resourceType === 'user' || resourceType === 'group' || resourceType === 'role') {
    const cached = governing.cachedByArn(resourceType, principalArn);
    if (cached) return cached;
  }
  const where = { where: { arn: principalArn }, select: { id: true } } as const;
  const row =
    resourceType === 'user'
      ? await db.user.findUnique(where)
      : resourceType === 'group'
        ? await db.group.findUnique(where)
        : resourceType === 'role'
          ? await db.role.findUnique(where)
          : undefined;
  if (row === undefined) throw invalid();
  const kind = resourceType as 'user' | 'group' | 'role';
  const policies = row && (await governing.get({ kind, id: row.id }));
  if (!policies) throw noSuchEntity(kind, name);
  return policies;
}
