'use client';

import type { CombinedError } from '@urql/core';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { ListPolicyVersionsQuery as ListPolicyVersions } from '../../../gql/graphql';
import { GetPolicyQuery, ListPolicyVersionsQuery } from '../policies.documents';
import { byVersionNumber } from './policy-version-href';

export type PolicyVersionRow = ListPolicyVersions['listPolicyVersions']['edges'][number]['node'];

/** The policy and all its versions (with their documents), oldest first, for the version and comparison pages. */
export function usePolicyVersions(policyArn: string): {
  policyName: string;
  versions: PolicyVersionRow[];
  loaded: boolean;
  error: CombinedError | undefined;
  refresh: () => void;
} {
  const [policy, refreshPolicy] = useQuery({ query: GetPolicyQuery, variables: { policyArn } });
  const [listed, refreshVersions] = useQuery({ query: ListPolicyVersionsQuery, variables: { policyArn } });
  const versions = useMemo(
    () => [...(listed.data?.listPolicyVersions.edges.map((edge) => edge.node) ?? [])].sort((a, b) => byVersionNumber(a.versionId, b.versionId)),
    [listed.data],
  );
  return {
    policyName: policy.data?.getPolicy.policyName ?? policyArn.slice(policyArn.lastIndexOf('/') + 1),
    versions,
    loaded: Boolean(policy.data && listed.data),
    error: policy.error ?? listed.error,
    refresh: () => {
      refreshPolicy({ requestPolicy: 'network-only' });
      refreshVersions({ requestPolicy: 'network-only' });
    },
  };
}
