import { parseArgs } from 'node:util';
import { createPrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';
import { demoAccounts, type DemoSeedResult } from '@gatehouse/seed';
import { CliError, ExitCode } from '../cli-error';
import { connectableHost } from '../connectable-host';
import { startConsole } from '../console-process';
import { openDatabase, redactUrl } from '../database';
import { formatDemoSignIns, type DemoAccountPresent } from '../demo-sign-ins';
import { ensureManagedPolicyCatalogue, formatCatalogueSync } from '../managed-policy-catalogue';
import { seedDatabase } from './seed';

interface StartOptions {
  host: string;
  apiPort: number;
  consolePort: number;
  /** The API's log level: warnings and errors only unless asked, so that the banner stays on screen. */
  logLevel: string;
}

// pino's levels.
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65_535) throw new CliError(`${name} must be a port number, not \`${value}\``, ExitCode.usage);
  return parsed;
}

export function parseStartArgs(args: string[]): StartOptions {
  const { values } = parseArgs({
    args,
    options: { host: { type: 'string' }, 'api-port': { type: 'string' }, 'console-port': { type: 'string' }, verbose: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  // --verbose: a line per request (level info), as LOG_LEVEL=info does.
  const logLevel = values.verbose ? 'info' : process.env.LOG_LEVEL || 'warn';
  if (!LOG_LEVELS.includes(logLevel)) throw new CliError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not \`${logLevel}\``, ExitCode.usage);
  return {
    logLevel,
    host: values.host ?? process.env.GATEHOUSE_HOST ?? '127.0.0.1',
    apiPort: port(values['api-port'] ?? process.env.GATEHOUSE_API_PORT, 4000, '--api-port'),
    consolePort: port(values['console-port'] ?? process.env.GATEHOUSE_CONSOLE_PORT, 3000, '--console-port'),
  };
}

/** Seeds an empty database; either way, finds which demo accounts the database holds. */
async function prepareDemo(databaseUrl: string): Promise<{ seeded: DemoSeedResult | undefined; present: DemoAccountPresent[] }> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const seeded = (await prisma.account.count()) === 0 ? await seedDatabase(databaseUrl) : undefined;
    const present = new Set((await prisma.account.findMany({ where: { id: { in: demoAccounts.map((account) => account.accountId) } }, select: { id: true } })).map((account) => account.id));
    return { seeded, present: demoAccounts.filter((account) => present.has(account.accountId)) };
  } finally {
    await prisma.$disconnect();
  }
}

function forceExit(signal: NodeJS.Signals): never {
  console.error(`${signal} again: exiting without waiting for the shutdown to finish`);
  process.exit(ExitCode.failed);
}

/**
 * `gatehouse start`: the database (DATABASE_URL or the embedded one), migrations, AWS's managed policy catalogue when
 * its package changed, the demo environment on an empty database, the API in this process and the console as a child process. SIGINT or SIGTERM stops them in reverse order.
 */
export async function startCommand(args: string[]): Promise<void> {
  const options = parseStartArgs(args);
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const database = await openDatabase();
    stops.push(() => database.close());
    const { applied } = await applyMigrations({ databaseUrl: database.databaseUrl });
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);
    const catalogue = await ensureManagedPolicyCatalogue(database.databaseUrl);
    if (catalogue) console.log(formatCatalogueSync(catalogue));
    const demo = await prepareDemo(database.databaseUrl);

    // A server runs as production unless told otherwise: graphql-js, for one, then skips checks that cost a tenth of
    // a small request's time. Loaded here rather than at the top: the API is large, and only `start` needs it.
    process.env.NODE_ENV ??= 'production';
    const { createLogger, startServer } = await import('@gatehouse/api');
    const logger = createLogger({ level: options.logLevel });
    const api = await startServer({ databaseUrl: database.databaseUrl, host: options.host, port: options.apiPort, logger });
    stops.push(() => api.close());
    const apiUrl = `http://${connectableHost(options.host)}:${new URL(api.url).port}`;
    const consoleProcess = await startConsole({ host: options.host, port: options.consolePort, apiUrl });
    stops.push(() => consoleProcess.stop());

    console.log(
      [
        '',
        'Gatehouse is running.',
        `  Console:  ${consoleProcess.url}`,
        `  API:      ${apiUrl}/graphql`,
        `  Database: ${database.embedded ? `embedded (${database.databaseUrl})` : redactUrl(database.databaseUrl)}`,
        '',
        formatDemoSignIns(demo.seeded, demo.present, consoleProcess.url),
        '',
        'Press Ctrl+C to stop.',
      ].join('\n'),
    );
  } catch (error) {
    await stopAll();
    throw error;
  }

  await new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals) => {
      console.log(`\n${signal}: stopping the console, the API and the database… (again to force)`);
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      process.once('SIGINT', forceExit);
      process.once('SIGTERM', forceExit);
      void stopAll().then(resolve);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
}
