import type { GetPolicyQuery } from '../../../gql/graphql';

export type PolicyDetails = GetPolicyQuery['getPolicy'];

export const POLICY_DETAIL_TABS = ['permissions', 'entities-attached', 'versions', 'tags'] as const;
export type PolicyDetailTab = (typeof POLICY_DETAIL_TABS)[number];

/** The tab in the URL (`?tab=`), or Permissions for anything else. */
export function policyDetailTab(value: string | null): PolicyDetailTab {
  return POLICY_DETAIL_TABS.find((tab) => tab === value) ?? 'permissions';
}

/** AWS: a managed policy keeps at most five versions; a sixth needs one deleted first. */
export const MAX_POLICY_VERSIONS = 5;
