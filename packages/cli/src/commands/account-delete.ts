import { parseArgs } from 'node:util';
import { deleteAccount } from '@gatehouse/api/operator';
import { CliError, ExitCode } from '../cli-error';
import { asOperator } from '../operator';

/** `gatehouse account delete ID`: the account and everything in it, in one audited transaction; prints what went. */
export async function accountDeleteCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new CliError('account delete takes one account id', ExitCode.usage);
  const deleted = await asOperator(null, (ctx) => deleteAccount(ctx, positionals[0]!));
  console.log(JSON.stringify(deleted));
}
