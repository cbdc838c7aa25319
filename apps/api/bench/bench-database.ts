import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '@gatehouse/credentials';
import { groupArn, newAccountId, newUniqueId, policyArn } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';

export interface BenchAccount {
  accountId: string;
  email: string;
  password: string;
}

export interface BenchDatabase {
  databaseUrl: string;
  /** 10,000 users in 20 groups of 3 managed policies each: the getUser, nested and createUser figures. */
  main: BenchAccount;
  /** 100,000 users: the listing figure. */
  large: BenchAccount;
  drop(): Promise<void>;
}

const groupCount = 20;
const policiesPerGroup = 3;

/** `user000042`: the bench's user names, sortable, so a page of listUsers is the first names. */
export function benchUserName(index: number): string {
  return `user${String(index).padStart(6, '0')}`;
}

async function withClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function createAccount(client: pg.Client, userCount: number): Promise<BenchAccount> {
  const accountId = newAccountId();
  const email = `bench-${accountId}@example.com`;
  const password = `bench ${randomBytes(9).toString('base64url')}`;
  await client.query('INSERT INTO "Account" (id, "rootEmail", "rootPasswordHash") VALUES ($1, $2, $3)', [accountId, email, await hashPassword(password)]);
  // One statement for all users: ids have the AIDA prefix and length, drawn from md5 rather than the base32 generator.
  await client.query(
    `INSERT INTO "User" (id, "accountId", path, "userName", arn)
     SELECT 'AIDA' || upper(substr(md5($1 || i::text), 1, 17)), $1, '/', name, 'arn:aws:iam::' || $1 || ':user/' || name
     FROM generate_series(1, $2::int) AS i, LATERAL (SELECT 'user' || lpad(i::text, 6, '0') AS name) AS n`,
    [accountId, userCount],
  );
  await client.query('ANALYZE "User"');
  return { accountId, email, password };
}

/** Every user in two of the groups; every group with its own managed policies. */
async function createGroupsAndPolicies(client: pg.Client, accountId: string): Promise<void> {
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
  for (let g = 0; g < groupCount; g++) {
    const groupId = newUniqueId('group');
    const groupName = `group${g}`;
    await client.query('INSERT INTO "Group" (id, "accountId", path, "groupName", arn) VALUES ($1, $2, $3, $4, $5)', [groupId, accountId, '/', groupName, groupArn(accountId, '/', groupName)]);
    for (let p = 0; p < policiesPerGroup; p++) {
      const policyId = newUniqueId('managedPolicy');
      const policyName = `policy-${g}-${p}`;
      await client.query(
        'INSERT INTO "ManagedPolicy" (id, "accountId", path, "policyName", arn, "defaultVersionId") VALUES ($1, $2, $3, $4, $5, $6)',
        [policyId, accountId, '/', policyName, policyArn(accountId, '/', policyName), 'v1'],
      );
      await client.query('INSERT INTO "PolicyVersion" ("policyId", "versionId", document) VALUES ($1, $2, $3)', [policyId, 'v1', document]);
      await client.query('INSERT INTO "GroupPolicyAttachment" ("groupId", "policyId") VALUES ($1, $2)', [groupId, policyId]);
    }
  }
  await client.query(
    `INSERT INTO "GroupMembership" ("groupId", "userId")
     SELECT g.id, u.id FROM "User" u
     JOIN "Group" g ON g."accountId" = u."accountId"
       AND g."groupName" IN ('group' || (substr(u."userName", 5)::int % ${groupCount}), 'group' || ((substr(u."userName", 5)::int + 7) % ${groupCount}))
     WHERE u."accountId" = $1`,
    [accountId],
  );
  await client.query('ANALYZE');
}

/** A migrated database `gh_api_bench_…` on the server of `serverUrl`, seeded with both accounts. */
export async function createBenchDatabase(serverUrl: string, sizes: { mainUsers: number; largeUsers: number }): Promise<BenchDatabase> {
  const name = `gh_api_bench_${process.pid}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await applyMigrations({ databaseUrl });
  const { main, large } = await withClient(databaseUrl, async (client) => {
    const mainAccount = await createAccount(client, sizes.mainUsers);
    await createGroupsAndPolicies(client, mainAccount.accountId);
    return { main: mainAccount, large: await createAccount(client, sizes.largeUsers) };
  });
  return {
    databaseUrl,
    main,
    large,
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
