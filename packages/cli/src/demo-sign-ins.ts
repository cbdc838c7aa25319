import type { DemoSeedResult } from '@gatehouse/seed';

/** The demo sign-in details as operators read them; secrets of access keys appear only when just created. */
export function formatDemoSignIns(result: DemoSeedResult, consoleUrl?: string): string {
  const lines: string[] = ['Demo sign-in details (as seeded; change these passwords before exposing the server):'];
  if (consoleUrl) lines.push(`  Sign in at ${consoleUrl} with an account id or alias, then a user name (or the root email) and password.`);
  for (const signIn of result.signIns) {
    lines.push('', `  Account ${signIn.accountId} (${signIn.alias})`);
    lines.push(`    root user:    ${signIn.rootEmail} / ${signIn.rootPassword}`);
    for (const user of signIn.users) {
      const note = user.passwordResetRequired ? '  (must choose a new password)' : '';
      lines.push(`    IAM user:     ${user.userName} / ${user.password}${note}`);
    }
  }
  for (const key of result.createdAccessKeys) {
    lines.push(
      '',
      `  Access key for ${key.userName} in ${key.accountId}, shown this once:`,
      `    aws_access_key_id     = ${key.accessKeyId}`,
      `    aws_secret_access_key = ${key.secretAccessKey}`,
    );
  }
  return lines.join('\n');
}
