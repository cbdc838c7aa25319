/** The account's sign-in URL for IAM users, as the dashboard shows it: the sign-in page with the alias (or ID) filled in. */
export function accountSignInUrl(origin: string, accountId: string, accountAlias: string | undefined): string {
  return `${origin}/signin?account=${encodeURIComponent(accountAlias ?? accountId)}`;
}
