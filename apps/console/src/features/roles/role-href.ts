/** The console path of a role's details page, on a tab (`permissions`, `trust-relationships`, `tags`, `revoke-sessions`). */
export function roleDetailsHref(roleName: string, tab?: string): string {
  return `/roles/${encodeURIComponent(roleName)}${tab ? `?tab=${tab}` : ''}`;
}
