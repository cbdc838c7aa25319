import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { newAccountId, type PrismaClient } from '@gatehouse/db';
import { hashPassword } from '@gatehouse/credentials';
import { startServer, type ApiConfigOverrides, type RunningServer } from '../../src/index';
import { createLogger } from '../../src/logger';
import { appendLogLine, dumpAuditEvents } from './test-artifacts';

export interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

/**
 * A real API server on a free port over a fresh database, with its log lines kept for assertions and written to the
 * run's artifacts, as its audit events are before the database is dropped (test-artifacts.ts).
 */
export interface TestApi {
  url: string;
  graphqlUrl: string;
  prisma: PrismaClient;
  databaseUrl: string;
  logs: LogLine[];
  server: RunningServer;
  stop(): Promise<void>;
}

export async function startTestApi(config?: ApiConfigOverrides, database?: TestDatabase): Promise<TestApi> {
  const db = database ?? (await createTestDatabase());
  const logs: LogLine[] = [];
  const write = (line: string) => {
    logs.push(JSON.parse(line) as LogLine);
    appendLogLine(line);
  };
  const logger = createLogger({ level: 'info', destination: { write } });
  const server = await startServer({ databaseUrl: db.databaseUrl, port: 0, host: '127.0.0.1', config, logger });
  return {
    url: server.url,
    graphqlUrl: `${server.url}/graphql`,
    prisma: db.prisma,
    databaseUrl: db.databaseUrl,
    logs,
    server,
    async stop() {
      await server.close();
      await dumpAuditEvents(db.prisma);
      await db.drop();
    },
  };
}

export interface RootAccount {
  accountId: string;
  email: string;
  password: string;
}

let accountCounter = 0;

/** An account with a root user, written straight to the database, as `gatehouse account create` does. */
export async function createRootAccount(prisma: PrismaClient): Promise<RootAccount> {
  accountCounter += 1;
  const accountId = newAccountId();
  const email = `root${accountCounter}-${accountId}@example.com`;
  const password = `correct horse battery staple ${accountCounter}`;
  await prisma.account.create({ data: { id: accountId, rootEmail: email, rootPasswordHash: await hashPassword(password) } });
  return { accountId, email, password };
}
