import { IamError, withOperatorContext, type RequestContext } from '@gatehouse/api/operator';
import { CliError, ExitCode } from './cli-error';
import { notMigratedError, withDatabase } from './database';

// The API's codes for what was wrong with the command's own arguments; every other refusal (a taken id, an unknown
// user, a quota) is the command failing.
const argumentErrorCodes: ReadonlySet<string> = new Set(['InvalidInput', 'ValidationError', 'PasswordPolicyViolation']);

/**
 * Runs `work` with the API's services as the operator, in `accountId` (null: on accounts themselves), against the
 * command's database. The API's refusals become the command's, with their AWS code:
 * `gatehouse: EntityAlreadyExists: An account with id … already exists.`
 */
export async function asOperator<T>(accountId: string | null, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  try {
    return await withDatabase(({ databaseUrl }) => withOperatorContext({ databaseUrl, accountId }, work));
  } catch (error) {
    if (error instanceof IamError) {
      throw new CliError(`${error.code}: ${error.message}`, argumentErrorCodes.has(error.code) ? ExitCode.usage : ExitCode.failed);
    }
    throw notMigratedError(error) ?? error;
  }
}
