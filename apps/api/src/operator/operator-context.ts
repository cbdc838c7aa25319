import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { loadServerKey, SecretBox } from '@gatehouse/credentials';
import { ChangeNotifications, createPrismaClient } from '@gatehouse/db';
import { resolveApiConfig } from '../config';
import type { RequestContext } from '../context';
import { createLogger, type Logger } from '../logger';
import { Loaders } from '../modules/loaders';
import { requireAccount } from '../modules/accounts/accounts.service';
import { ServiceCatalog } from '../modules/catalog/service-catalog';
import { IssuerKeyCache } from '../modules/sts/web-identity/issuer-keys';
import { createCredentialCache } from '../auth/credential-cache';
import { SignatureFailureThrottle } from '../auth/signature-failure-throttle';
import { GoverningPolicyCache } from '../principals/governing-policy-cache';

/** The user agent of what the operator's command line does, as audit events record it. */
export const operatorUserAgent = 'gatehouse-cli';

export interface OperatorOptions {
  databaseUrl: string;
  /** The account the work acts in, which must exist; null for work on accounts themselves (create, delete). */
  accountId: string | null;
  /** Seals stored secrets; defaults to the server key (`loadServerKey`), as the API's. */
  secretBox?: SecretBox;
  logger?: Logger;
}

/**
 * Runs `work` with the context the API's services take, for the operator's command line: no caller (the operator is
 * trusted as the database's owner), no HTTP exchange, the API's default configuration. Writes still go through
 * `auditedTransaction`, so they are validated, transactional and audited exactly as the API's, and running API
 * processes hear of them (change notifications) as they hear of each other's.
 */
export async function withOperatorContext<T>(options: OperatorOptions, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const logger = options.logger ?? createLogger({ level: 'warn', destination: process.stderr });
  const prisma = createPrismaClient(options.databaseUrl);
  try {
    const notifications = await ChangeNotifications.start(options.databaseUrl, (error) =>
      logger.warn({ err: error }, 'change notifications interrupted'),
    );
    try {
      const secretBox = options.secretBox ?? new SecretBox((await loadServerKey()).key);
      const { accountId } = options;
      if (accountId !== null) await requireAccount(prisma, accountId);
      const config = resolveApiConfig();
      const request = { method: 'CLI', url: '', headers: { 'user-agent': operatorUserAgent }, rawBody: Buffer.alloc(0), ip: undefined, secure: true };
      const ctx: RequestContext = {
        requestId: randomUUID(),
        protocol: 'cli',
        logger,
        caller: null,
        operator: { accountId },
        selection: { fields: new Set<string>() },
        loaders: new Loaders({
          prisma,
          accountId: () => {
            if (accountId === null) throw new Error('operator work on accounts themselves reads no account-scoped rows');
            return accountId;
          },
          selects: () => false,
        }),
        prisma,
        notifications,
        config,
        governingPolicies: new GoverningPolicyCache(prisma, notifications),
        serviceCatalog: new ServiceCatalog(prisma, notifications),
        issuerKeys: new IssuerKeyCache(config.oidc),
        secretBox,
        credentials: createCredentialCache(notifications),
        signatureFailures: new SignatureFailureThrottle(),
        sourceIp: undefined,
        userAgent: operatorUserAgent,
        operationResults: new Map(),
        req: request,
        // A response that is never sent: only signing in writes to it (a cookie), which the operator never does.
        res: new ServerResponse(new IncomingMessage(new Socket())),
      };
      return await work(ctx);
    } finally {
      await notifications.close();
    }
  } finally {
    await prisma.$disconnect();
  }
}
