import type { GetRoleQuery } from '../../../gql/graphql';

/** The role as its details page shows it. */
export type RoleDetails = GetRoleQuery['getRole'];

export const ROLE_DETAIL_TABS = ['permissions', 'trust-relationships', 'tags', 'revoke-sessions'] as const;
export type RoleDetailTab = (typeof ROLE_DETAIL_TABS)[number];

/** The tab in the URL (`?tab=`), or Permissions for anything else, as IAM opens a role. */
export function roleDetailTab(value: string | null): RoleDetailTab {
  return ROLE_DETAIL_TABS.find((tab) => tab === value) ?? 'permissions';
}
