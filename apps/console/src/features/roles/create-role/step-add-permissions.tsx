'use client';

import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { PoliciesTable } from '../../policies/policies-table/policies-table';
import { ListPoliciesQuery } from '../../policies/policies.documents';

/** AWS's MaxItems ceiling: the AWS managed policies and an account's own fit in one request. */
const POLICIES_PAGE = 1000;

/** Step 2 of Create role: the managed policies to attach once the role exists. */
export function StepAddPermissions({ policyArns, onChange }: { policyArns: string[]; onChange: (policyArns: string[]) => void }) {
  const [{ data, fetching, error }] = useQuery({ query: ListPoliciesQuery, variables: { first: POLICIES_PAGE } });
  const policies = useMemo(() => data?.listPolicies.edges.map((edge) => edge.node) ?? [], [data]);
  return (
    <SpaceBetween size="m">
      {error && <ApiErrorFlashbar error={error} failedTo="list policies" />}
      <PoliciesTable
        policies={policies}
        loading={fetching && !data}
        variant="container"
        selectedArns={policyArns}
        onSelectionChange={onChange}
        header={
          <Header variant="h2" counter={`(${policyArns.length}/${policies.length})`} description="Choose one or more policies to attach to your new role.">
            Permissions policies
          </Header>
        }
      />
    </SpaceBetween>
  );
}
