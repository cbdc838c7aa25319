import { parseArgs } from 'node:util';
import { createAccount } from '@gatehouse/api/operator';
import { CliError, ExitCode } from '../cli-error';
import { asOperator } from '../operator';

/** `gatehouse account create`: an account and its root user; prints `{"accountId", "alias", "rootEmail"}`. */
export async function accountCreateCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { 'account-id': { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, alias: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.email || !values.password) throw new CliError('account create needs --email and --password', ExitCode.usage);
  const input = { accountId: values['account-id'], email: values.email, password: values.password, alias: values.alias };
  const account = await asOperator(null, (ctx) => createAccount(ctx, input));
  console.log(JSON.stringify(account));
}
