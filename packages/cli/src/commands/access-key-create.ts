import { parseArgs } from 'node:util';
import { createAccessKey } from '@gatehouse/api/operator';
import { CliError, ExitCode } from '../cli-error';
import { asOperator } from '../operator';

// A profile name is an INI section name in ~/.aws/credentials: no brackets, no white space, nothing that ends a line.
const PROFILE = /^[\w.+@-]{1,64}$/;

/**
 * `gatehouse access-key create --account ID --user NAME [--profile P]`: a new access key for an IAM user, printed in
 * the AWS CLI's `credentials` file format, ready to append to ~/.aws/credentials. The secret is shown this once.
 */
export async function accessKeyCreateCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { account: { type: 'string' }, user: { type: 'string' }, profile: { type: 'string', default: 'gatehouse' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.account || !values.user) throw new CliError('access-key create needs --account and --user', ExitCode.usage);
  if (!PROFILE.test(values.profile)) {
    throw new CliError(`\`${values.profile}\` is not a profile name: 1 to 64 letters, digits and _ . + @ -`, ExitCode.usage);
  }
  const userName = values.user;
  const key = await asOperator(values.account, (ctx) => createAccessKey(ctx, values.account!, { kind: 'user', userName }));
  console.log([`[${values.profile}]`, `aws_access_key_id = ${key.accessKeyId}`, `aws_secret_access_key = ${key.secretAccessKey}`].join('\n'));
}
