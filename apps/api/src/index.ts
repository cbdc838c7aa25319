import type { SecretBox } from '@gatehouse/credentials';
import { ChangeNotifications, createPrismaClient } from '@gatehouse/db';
import { resolveApiConfig, type ApiConfigOverrides } from './config';
import { createLogger, type Logger } from './logger';
import { createApiServer } from './server';

export type { ApiConfig, ApiConfigOverrides } from './config';
export { createLogger } from './logger';

export interface StartServerOptions {
  databaseUrl: string;
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
  config?: ApiConfigOverrides;
  logger?: Logger;
  /** Seals and opens stored secrets (access keys, MFA seeds); defaults to the server key (`loadServerKey`). */
  secretBox?: SecretBox;
}

export interface RunningServer {
  /** `http://HOST:PORT`; GraphQL is at `${url}/graphql`. */
  url: string;
  /**
   * Resolves once every change committed to the database before the call has reached this server's caches: after a
   * write made outside the API (another process, a migration, a script), its next request sees the write.
   */
  caughtUp(): Promise<void>;
  /** Graceful shutdown: finishes in-flight requests, then closes the database pool. */
  close(): Promise<void>;
}

/** Starts the API (the CLI's `gatehouse start` calls this). Signal handling belongs to the caller. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger();
  const config = resolveApiConfig(options.config);
  const prisma = createPrismaClient(options.databaseUrl, config.database);
  const notifications = await ChangeNotifications.start(options.databaseUrl, (error) =>
    logger.warn({ err: error }, 'change notifications interrupted: credentials are read from the database until they resume'),
  );
  const server = await createApiServer({ prisma, notifications, config, logger, secretBox: options.secretBox });
  const url = await server.listen(options.port, options.host);
  logger.info({ url }, 'gatehouse api listening');
  return {
    url,
    caughtUp: () => notifications.sync(),
    async close() {
      await server.close();
      await notifications.close();
      await prisma.$disconnect();
      logger.info('gatehouse api stopped');
    },
  };
}
