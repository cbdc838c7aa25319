import type { DemoSeedResult } from '@gatehouse/seed';

/** A demo account found in the database. */
export interface DemoAccountPresent {
  accountId: string;
  alias: string;
}

/**
 * What the operator is told about the demo environment: the passwords and access key secrets this run's seed set
 * (shown once), and for demo accounts seeded earlier, where their passwords are and how to reset them: they may have
 * been changed since, so they are not repeated.
 */
export function formatDemoSignIns(result: DemoSeedResult | undefined, present: readonly DemoAccountPresent[], consoleUrl?: string): string {
  const lines: string[] = [];
  const signIns = result?.signIns ?? [];
  if (signIns.length > 0) {
    lines.push('Demo sign-in details, set just now (change these passwords before exposing the server):');
    if (consoleUrl) lines.push(`  Sign in at ${consoleUrl} with an account id or alias, then a user name (or the root email) and password.`);
    for (const signIn of signIns) {
      lines.push('', `  Account ${signIn.accountId} (${signIn.alias})`);
      if (signIn.rootPassword !== null) lines.push(`    root user:    ${signIn.rootEmail} / ${signIn.rootPassword}`);
      for (const user of signIn.users) {
        const note = user.passwordResetRequired ? '  (must choose a new password)' : '';
        lines.push(`    IAM user:     ${user.userName} / ${user.password}${note}`);
      }
    }
  }
  for (const key of result?.createdAccessKeys ?? []) {
    lines.push(
      ...(lines.length > 0 ? [''] : []),
      `  Access key for ${key.userName} in ${key.accountId}, shown this once:`,
      `    aws_access_key_id     = ${key.accessKeyId}`,
      `    aws_secret_access_key = ${key.secretAccessKey}`,
    );
  }
  const seededEarlier = present.filter((account) => !signIns.some((signIn) => signIn.accountId === account.accountId && signIn.rootPassword !== null));
  if (seededEarlier.length > 0) {
    lines.push(
      ...(lines.length > 0 ? [''] : []),
      `Demo accounts seeded earlier: ${seededEarlier.map((account) => `${account.accountId} (${account.alias})`).join(', ')}.`,
      '  Their passwords were shown when they were seeded and are not repeated, since they may have been changed; the',
      '  seeded ones are in prisma/seed/src/demo-environment.ts. To reset an IAM user\'s password, sign in to the console',
      '  as the account\'s root user: IAM > Users > the user > Security credentials > Manage console access > Reset password.',
    );
  }
  if (lines.length === 0) lines.push('No demo accounts in this database: `gatehouse account create` makes one.');
  return lines.join('\n');
}
