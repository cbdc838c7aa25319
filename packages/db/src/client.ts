import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/**
 * The one place a PrismaClient is made. Prisma 7 runs queries through a driver adapter: `pg` here, against a
 * PostgreSQL server or the embedded database alike.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}
