import { parseArgs } from 'node:util';
import { hashPassword } from '@gatehouse/credentials';
import { newAccountId, Prisma } from '@gatehouse/db';
import { CliError, ExitCode } from '../cli-error';
import { withDatabase, withPrisma } from '../database';

// AWS Organizations CreateAccount: an email of 6 to 64 characters.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// IAM CreateAccountAlias: 3 to 63 lower-case letters, digits and single hyphens, starting and ending alphanumerically.
const ALIAS = /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$/;

export interface AccountCreateInput {
  email: string;
  password: string;
  alias?: string;
}

/** AWS's rules for a root user password: 8 to 128 characters, at least three of the four character classes. */
function rootPasswordProblem(password: string): string | undefined {
  if (password.length < 8 || password.length > 128) return 'the password must be 8 to 128 characters long';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (classes < 3) return 'the password must mix at least three of: upper-case letters, lower-case letters, digits, symbols';
  return undefined;
}

export function parseAccountCreateArgs(args: string[]): AccountCreateInput {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, alias: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.email || !values.password) throw new CliError('account create needs --email and --password', ExitCode.usage);
  if (values.email.length < 6 || values.email.length > 64 || !EMAIL.test(values.email)) {
    throw new CliError(`\`${values.email}\` is not an email address of 6 to 64 characters`, ExitCode.usage);
  }
  const problem = rootPasswordProblem(values.password);
  if (problem) throw new CliError(problem, ExitCode.usage);
  if (values.alias !== undefined && (!ALIAS.test(values.alias) || /^\d{12}$/.test(values.alias))) {
    throw new CliError(
      `\`${values.alias}\` is not a valid account alias: 3 to 63 lower-case letters, digits and single hyphens, not an account id`,
      ExitCode.usage,
    );
  }
  return { email: values.email, password: values.password, alias: values.alias };
}

function violatedConstraint(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return undefined;
  const meta = error.meta as { driverAdapterError?: { cause?: { constraint?: { index?: string } } } } | undefined;
  return meta?.driverAdapterError?.cause?.constraint?.index ?? 'unknown';
}

/** `gatehouse account create`: an account and its root user; prints `{"accountId", "alias", "rootEmail"}`. */
export async function accountCreateCommand(args: string[]): Promise<void> {
  const input = parseAccountCreateArgs(args);
  const rootPasswordHash = await hashPassword(input.password);
  const account = await withDatabase(({ databaseUrl }) =>
    withPrisma(databaseUrl, async (prisma) => {
      // A random 12-digit id can collide with an existing one; another draw settles it.
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await prisma.account.create({
            data: { id: newAccountId(), alias: input.alias ?? null, rootEmail: input.email, rootPasswordHash },
          });
        } catch (error) {
          const constraint = violatedConstraint(error);
          if (constraint === 'Account_rootEmail_key') throw new CliError(`an account with root email ${input.email} already exists`);
          if (constraint === 'Account_alias_key') throw new CliError(`the account alias ${input.alias} is already in use`);
          if (constraint === 'Account_pkey' && attempt < 5) continue;
          throw error;
        }
      }
    }),
  );
  console.log(JSON.stringify({ accountId: account.id, alias: account.alias, rootEmail: account.rootEmail }));
}
