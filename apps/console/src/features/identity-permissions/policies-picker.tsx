'use client';

import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { PoliciesTable } from '../policies/policies-table/policies-table';
import { ListPoliciesQuery } from '../policies/policies.documents';

/** AWS's MaxItems ceiling: the AWS managed policies and an account's own fit in one request. */
const POLICIES_PAGE = 1000;

/**
 * "Attach policies directly": the managed policies (type filter, text filter, pages) with checkboxes. Every attach
 * flow of users and groups, and the create-role wizard, picks from it; policies the identity already has are left
 * out, as AWS's console does.
 */
export function PoliciesPicker({
  selectedArns,
  onChange,
  attachedArns = [],
  description,
}: {
  selectedArns: readonly string[];
  onChange: (policyArns: string[]) => void;
  attachedArns?: readonly string[];
  description: string;
}) {
  const [{ data, fetching, error }] = useQuery({ query: ListPoliciesQuery, variables: { first: POLICIES_PAGE } });
  const policies = useMemo(
    () => (data?.listPolicies.edges ?? []).map((edge) => edge.node).filter((policy) => !attachedArns.includes(policy.arn)),
    [data, attachedArns],
  );
  return (
    <SpaceBetween size="s">
      {error && <ApiErrorFlashbar error={error} failedTo="list policies" />}
      <PoliciesTable
        policies={policies}
        loading={fetching && !data}
        variant="container"
        pageSize={10}
        selectedArns={selectedArns}
        onSelectionChange={onChange}
        header={
          <Header variant="h2" counter={`(${selectedArns.length}/${policies.length})`} description={description}>
            Permissions policies
          </Header>
        }
      />
    </SpaceBetween>
  );
}
