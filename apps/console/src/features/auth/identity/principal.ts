// Who the console session acts as, read from the caller's ARN, in the words of the AWS console's identity menu.

export type Principal =
  | { type: 'root'; accountId: string }
  | { type: 'user'; accountId: string; userName: string }
  | { type: 'assumed-role'; accountId: string; roleName: string; roleSessionName: string };

/**
 * arn:aws:iam::ACCOUNT:root, arn:aws:iam::ACCOUNT:user/PATH/NAME or arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION.
 * A user's path is dropped: the menu names the user as the console does.
 */
export function principalOfArn(arn: string): Principal {
  const [, , service = '', , accountId = '', resource = ''] = arn.split(':');
  if (service === 'iam' && resource === 'root') return { type: 'root', accountId };
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const [, roleName = '', roleSessionName = ''] = resource.split('/');
    return { type: 'assumed-role', accountId, roleName, roleSessionName };
  }
  if (service === 'iam' && resource.startsWith('user/')) {
    return { type: 'user', accountId, userName: resource.slice(resource.lastIndexOf('/') + 1) };
  }
  throw new Error(`\`${arn}\` is not the ARN of a root user, an IAM user or a role session`);
}

/** AWS shows account IDs in the menu as 1111-2222-3333. */
export function formatAccountId(accountId: string): string {
  return accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
}

/** The identity menu's button: `alice @ acme-production`, the role for a switched session, the account for root. */
export function principalLabel(principal: Principal, accountAlias: string | undefined): string {
  const account = accountAlias ?? formatAccountId(principal.accountId);
  switch (principal.type) {
    case 'root':
      return account;
    case 'user':
      return `${principal.userName} @ ${account}`;
    case 'assumed-role':
      return `${principal.roleName} @ ${account}`;
  }
}
