import { parseArgs } from 'node:util';
import { createAccessKey, type CredentialOwnerName } from '@gatehouse/api/operator';
import { CliError, ExitCode } from '../cli-error';
import { asOperator } from '../operator';

// A profile name is an INI section name in ~/.aws/credentials: no brackets, no white space, nothing that ends a line.
const PROFILE = /^[\w.+@-]{1,64}$/;

/**
 * `gatehouse access-key create --account ID (--user NAME | --root) [--profile P]`: a new access key for an IAM user, or
 * for the account's root user (how a new account, which has no IAM user yet, is reached from the AWS CLI), printed in
 * the AWS CLI's `credentials` file format, ready to append to ~/.aws/credentials. The secret is shown this once.
 */
export async function accessKeyCreateCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      account: { type: 'string' },
      user: { type: 'string' },
      root: { type: 'boolean', default: false },
      profile: { type: 'string', default: 'gatehouse' },
    },
    strict: true,
    allowPositionals: false,
  });
  const account = values.account;
  if (!account || (values.user === undefined) === !values.root) {
    throw new CliError('access-key create needs --account and one of --user NAME or --root', ExitCode.usage);
  }
  if (!PROFILE.test(values.profile)) {
    throw new CliError(`\`${values.profile}\` is not a profile name: 1 to 64 letters, digits and _ . + @ -`, ExitCode.usage);
  }
  const owner: CredentialOwnerName = values.user === undefined ? { kind: 'root' } : { kind: 'user', userName: values.user };
  const key = await asOperator(account, (ctx) => createAccessKey(ctx, account, owner));
  console.log([`[${values.profile}]`, `aws_access_key_id = ${key.accessKeyId}`, `aws_secret_access_key = ${key.secretAccessKey}`].join('\n'));
}
