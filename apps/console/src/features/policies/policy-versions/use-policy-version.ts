'use client';

import type { CombinedError } from '@urql/core';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { GetPolicyVersionQuery as GetPolicyVersion } from '../../../gql/graphql';
import { GetPolicySummaryQuery, GetPolicyVersionQuery, ListPolicyVersionSummariesQuery } from '../policies.documents';
import { byVersionNumber } from './policy-version-href';

export type PolicyVersionWithDocument = GetPolicyVersion['getPolicyVersion'];

// The version pages fetch the documents they show and nothing more: an AWS managed policy's versions together weigh
// megabytes (ReadOnlyAccess: 151 versions, 8 MB).

/** The policy's name (its ARN's last part until the API answers) and default version id. */
export function usePolicySummary(policyArn: string) {
  const [{ data, error }, reexecute] = useQuery({ query: GetPolicySummaryQuery, variables: { policyArn } });
  return {
    policyName: data?.getPolicy.policyName ?? policyArn.slice(policyArn.lastIndexOf('/') + 1),
    defaultVersionId: data?.getPolicy.defaultVersionId,
    loaded: Boolean(data),
    error,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

/** One version with its document; none asked for while `versionId` is empty (a comparison side not chosen yet). */
export function usePolicyVersion(policyArn: string, versionId: string): {
  version: PolicyVersionWithDocument | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  refresh: () => void;
} {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: GetPolicyVersionQuery, variables: { policyArn, versionId }, pause: !versionId });
  // Only the version asked for: a comparison side just changed must not show the one chosen before.
  const version = data?.getPolicyVersion.versionId === versionId ? data.getPolicyVersion : undefined;
  return { version, fetching, error, refresh: () => reexecute({ requestPolicy: 'network-only' }) };
}

/** Every version, oldest first, without documents: the comparison's pickers. */
export function usePolicyVersionSummaries(policyArn: string) {
  const [{ data, error }] = useQuery({ query: ListPolicyVersionSummariesQuery, variables: { policyArn } });
  const versions = useMemo(
    () => [...(data?.listPolicyVersions.edges.map((edge) => edge.node) ?? [])].sort((a, b) => byVersionNumber(a.versionId, b.versionId)),
    [data],
  );
  return { versions, loaded: Boolean(data), error };
}
