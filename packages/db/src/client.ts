import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/**
 * The one place a PrismaClient is made. Prisma 7 runs queries through a driver adapter: `pg` here, against a
 * PostgreSQL server or the embedded database alike. Errors carry their code and a plain message, without the
 * call-site rendering Prisma would otherwise build for every error.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl }, { statementNameGenerator: preparedStatementName }),
    errorFormat: 'minimal',
  });
}

/**
 * Prepared statements: each pooled connection parses and plans a query text once and afterwards only binds and runs
 * it. The name is a digest of the text, so that one name always means one text, as `pg` requires.
 */
function preparedStatementName({ sql }: { sql: string }): string {
  return `p${createHash('sha1').update(sql).digest('base64url')}`;
}
