import type { Request } from 'express';
import { rootArn, type PrismaClient } from '@gatehouse/db';
import type { ApiConfig } from '../config';
import type { Caller } from './caller';
import { hashBearerToken } from '@gatehouse/credentials';
import { readSessionToken } from './session-cookie';

/**
 * Who sent this request: the only code that reads credentials. A request with none, or with a session that is
 * unknown, revoked, expired or not yet past its sign-in steps, is anonymous (null), as AWS treats a missing token.
 */
export async function authenticate(req: Request, prisma: PrismaClient, config: ApiConfig): Promise<Caller | null> {
  const token = readSessionToken(req);
  return token === undefined ? null : callerFromConsoleSession(prisma, config, hashBearerToken(token));
}

async function callerFromConsoleSession(prisma: PrismaClient, config: ApiConfig, tokenHash: string): Promise<Caller | null> {
  const session = await prisma.consoleSession.findUnique({
    where: { tokenHash },
    include: { user: { select: { id: true, userName: true, arn: true } } },
  });
  if (!session || session.state !== 'Active' || session.revokedAt) return null;

  const now = Date.now();
  const idleDeadline = session.lastSeenAt.getTime() + config.session.idleTimeoutSeconds * 1000;
  if (session.expiresAt.getTime() <= now || idleDeadline <= now) return null;
  if (now - session.lastSeenAt.getTime() >= config.session.touchIntervalSeconds * 1000) {
    await prisma.consoleSession.update({ where: { tokenHash }, data: { lastSeenAt: new Date(now) } });
  }

  const common = { accountId: session.accountId, consoleSessionId: tokenHash, mfaAuthenticated: session.mfaAuthenticated };
  if (!session.user) return { kind: 'root', principalArn: rootArn(session.accountId), ...common };
  return { kind: 'user', principalArn: session.user.arn, userId: session.user.id, userName: session.user.userName, ...common };
}
