import { rootArn, type Prisma } from '@gatehouse/db';
import type { Caller } from './caller';

/** What an StsSession row must be read with to name its principal. */
export const stsSessionPrincipal = {
  role: { select: { id: true, arn: true, roleName: true } },
  user: { select: { id: true, userName: true, arn: true } },
} satisfies Prisma.StsSessionInclude;

export type StsSessionWithPrincipal = Prisma.StsSessionGetPayload<{ include: typeof stsSessionPrincipal }>;

/**
 * The caller behind temporary credentials: the assumed-role session (AssumeRole), or the user or root user that
 * called GetSessionToken, with the MFA state the credentials were issued with.
 */
export function stsSessionCaller(session: StsSessionWithPrincipal): Caller {
  const common = {
    accountId: session.accountId,
    accessKeyId: session.accessKeyId,
    stsSessionId: session.accessKeyId,
    mfaAuthenticated: session.mfaAuthenticated,
  };
  if (session.role) {
    return {
      kind: 'assumed-role',
      principalArn: session.principalArn,
      roleId: session.role.id,
      roleArn: session.role.arn,
      roleName: session.role.roleName,
      roleSessionName: session.roleSessionName ?? '',
      sessionPolicy: session.sessionPolicy,
      sessionManagedPolicies: ((session.sessionManagedPolicies ?? []) as { document: string }[]).map((policy) => policy.document),
      sessionTags: (session.sessionTags ?? {}) as Record<string, string>,
      sourceIdentity: session.sourceIdentity,
      ...common,
    };
  }
  if (session.user) {
    return { kind: 'user', principalArn: session.user.arn, userId: session.user.id, userName: session.user.userName, ...common };
  }
  return { kind: 'root', principalArn: rootArn(session.accountId), ...common };
}
