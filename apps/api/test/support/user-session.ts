import { generateBearerToken, hashBearerToken } from '@gatehouse/credentials';
import type { PrismaClient } from '@gatehouse/db';
import { sessionCookieName } from '../../src/auth/session-cookie';
import { GraphQLClient } from './graphql-client';
import { recordSecret } from './test-artifacts';

/**
 * A client signed in as an existing IAM user: an Active console session row, as sign-in leaves it, and its cookie.
 * For tests of what an IAM user sees of its own credentials, independent of how sign-in gets there.
 */
export async function userSessionClient(prisma: PrismaClient, graphqlUrl: string, accountId: string, userName: string): Promise<GraphQLClient> {
  const user = await prisma.user.findUniqueOrThrow({ where: { accountId_userName: { accountId, userName } } });
  const token = generateBearerToken();
  recordSecret('session cookie', token);
  await prisma.consoleSession.create({
    data: { tokenHash: hashBearerToken(token), accountId, userId: user.id, state: 'Active', expiresAt: new Date(Date.now() + 3600_000) },
  });
  const client = new GraphQLClient(graphqlUrl);
  client.cookie = `${sessionCookieName}=${token}`;
  return client;
}
