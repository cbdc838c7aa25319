import { rootArn, type PrismaClient } from '@gatehouse/db';
import { invalidInput, noSuchEntity } from '../errors/iam-error';
import type { Caller } from './caller';
import { governingPoliciesByArn } from './principal-by-arn';
import type { GoverningPolicyCache } from './governing-policy-cache';

const ASSUMED_ROLE = /^arn:aws:sts::(\d{12}):assumed-role\/([\w+=,.@-]{1,64})\/([\w+=,.@-]{2,64})$/;

/**
 * The caller a principal ARN of `accountId` names, for a service that authenticated it otherwise (`authorize`'s
 * `principalArn`): the account's root user, an IAM user, a role (its own identity policies and boundary, as the
 * simulator evaluates a role), or a role session `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`, evaluated as AWS
 * evaluates a session given no session policies or tags. A group is no principal; another account's ARN is
 * InvalidInput; a user or role that does not exist, NoSuchEntity.
 */
export async function callerByArn(db: PrismaClient, governing: GoverningPolicyCache, accountId: string, principalArn: string, field: string): Promise<Caller> {
  if (principalArn === rootArn(accountId)) return { kind: 'root', principalArn, accountId };
  const session = ASSUMED_ROLE.exec(principalArn);
  if (session) {
    const [, sessionAccount, roleName, roleSessionName] = session as unknown as [string, string, string, string];
    if (sessionAccount !== accountId) throw invalidInput(`Invalid ARN ${principalArn}: it must name a principal of this account.`, field);
    const role = await db.role.findUnique({ where: { accountId_roleName: { accountId, roleName } }, select: { arn: true } });
    if (!role) throw noSuchEntity('role', roleName);
    return roleCaller(db, governing, accountId, role.arn, principalArn, roleSessionName, field);
  }
  if (/^arn:aws:iam::\d{12}:role\//.test(principalArn)) return roleCaller(db, governing, accountId, principalArn, principalArn, '', field);
  const governingPolicies = await governingPoliciesByArn(db, governing, accountId, principalArn, field);
  const { principal } = governingPolicies;
  if (principal.kind !== 'user') throw invalidInput(`Invalid ARN ${principalArn}: it must name a user, a role, a role session or the account's root user.`, field);
  return { kind: 'user', principalArn: principal.arn, userId: principal.id, userName: principal.name, accountId: principal.accountId };
}

async function roleCaller(
  db: PrismaClient,
  governing: GoverningPolicyCache,
  accountId: string,
  roleArn: string,
  principalArn: string,
  roleSessionName: string,
  field: string,
): Promise<Caller> {
  const { principal } = await governingPoliciesByArn(db, governing, accountId, roleArn, field);
  return {
    kind: 'assumed-role',
    principalArn,
    accountId,
    roleId: principal.id,
    roleArn: principal.arn,
    roleName: principal.name,
    roleSessionName,
    sessionPolicy: null,
    sessionManagedPolicies: [],
    sessionTags: {},
    sourceIdentity: null,
  };
}
