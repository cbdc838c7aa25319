import { withDatabase, withPrisma } from '../database';

/** `gatehouse account list`: every account as a JSON array, oldest first. */
export async function accountListCommand(): Promise<void> {
  const accounts = await withDatabase(({ databaseUrl }) =>
    withPrisma(databaseUrl, (prisma) =>
      prisma.account.findMany({
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, alias: true, rootEmail: true, createdAt: true, _count: { select: { users: true } } },
      }),
    ),
  );
  const listing = accounts.map((account) => ({
    accountId: account.id,
    alias: account.alias,
    rootEmail: account.rootEmail,
    createdAt: account.createdAt.toISOString(),
    userCount: account._count.users,
  }));
  console.log(JSON.stringify(listing, null, 2));
}
