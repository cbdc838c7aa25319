// The API as the browser tests meet it, run in a process of its own under tsx (as `gatehouse start` runs it): a fresh
// migrated database with the demo seed (and AWS's whole managed policy catalogue when GATEHOUSE_E2E_AWS_CATALOGUE=1;
// otherwise the demo's six AWS managed policies, which keeps the run's setup fast), served on a free loopback port. The parent learns the address over IPC and
// stops it with SIGTERM, which also drops the database.
import { randomBytes } from 'node:crypto';
import { exitWhenStopped } from '@gatehouse/child-process';
import { SecretBox } from '@gatehouse/credentials';
import { createTestDatabase } from '@gatehouse/db/testing';
import { seedDemoEnvironment, syncAwsManagedPolicies } from '@gatehouse/seed';
import { startServer } from '@gatehouse/api';
import type { ApiProcessReady } from './api-process-messages';

// A key of this run only: sealed secrets (access keys, MFA seeds) never touch the developer's .data/secret-key.
const secretBox = new SecretBox(randomBytes(32));
const database = await createTestDatabase();
await seedDemoEnvironment(database.prisma, secretBox);
if (process.env.GATEHOUSE_E2E_AWS_CATALOGUE === '1') await syncAwsManagedPolicies(database.prisma);
const server = await startServer({ databaseUrl: database.databaseUrl, port: 0, host: '127.0.0.1', secretBox });

exitWhenStopped(async () => {
  await server.close();
  await database.drop();
});
const ready: ApiProcessReady = { type: 'ready', url: server.url, databaseUrl: database.databaseUrl };
process.send?.(ready);
