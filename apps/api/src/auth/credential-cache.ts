import { NotifiedCache, type ChangeNotifications, type ConsoleSession, type Prisma, type User } from '@gatehouse/db';
import { SigningKeyCache } from './signing-keys';
import type { StsSessionWithPrincipal } from './sts-session-caller';

/** A console session as authentication reads it: the row, with its IAM user's name and ARN (null for root). */
export type ConsoleSessionWithUser = Pick<
  ConsoleSession,
  'accountId' | 'userId' | 'state' | 'mfaAuthenticated' | 'stsSessionId' | 'lastSeenAt' | 'expiresAt' | 'revokedAt'
> & { userName: User['userName'] | null; userArn: User['arn'] | null };

/** An access key as SigV4 verification reads it: the row (its secret sealed), with its IAM user (null for root's). */
export const accessKeyWithUser = { user: { select: { id: true, userName: true, arn: true } } } satisfies Prisma.AccessKeyInclude;
export type AccessKeyWithUser = Prisma.AccessKeyGetPayload<{ include: typeof accessKeyWithUser }>;

/**
 * What authentication keeps in memory, so that a request does not read its credentials from the database: console
 * sessions by token hash, access keys and temporary credentials (STS sessions) by id. An entry is dropped, in every
 * process, when its row, its user's or its role's is updated or deleted (the triggers of migrations
 * `add_change_notifications`, `add_governing_policy_notifications` and `add_sts_session_notifications`). Beside them,
 * the SigV4 signing keys derived from the secrets, used only once the key's row has been read (and found active) here.
 */
export interface CredentialCache {
  sessions: NotifiedCache<ConsoleSessionWithUser>;
  accessKeys: NotifiedCache<AccessKeyWithUser>;
  stsSessions: NotifiedCache<StsSessionWithPrincipal>;
  signingKeys: SigningKeyCache;
}

export function createCredentialCache(notifications: ChangeNotifications): CredentialCache {
  return {
    sessions: new NotifiedCache(notifications, { table: 'ConsoleSession', dependsOn: { User: (session) => session.userId } }),
    accessKeys: new NotifiedCache(notifications, { table: 'AccessKey', dependsOn: { User: (key) => key.userId } }),
    stsSessions: new NotifiedCache(notifications, { table: 'StsSession', dependsOn: { User: (session) => session.userId, Role: (session) => session.roleId } }),
    signingKeys: new SigningKeyCache(),
  };
}
