'use client';

import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { useWholeList } from '../../components/lists/use-whole-list';
import { PoliciesTable } from '../policies/policies-table/policies-table';
import { ListPoliciesQuery } from '../policies/policies.documents';

/** AWS's MaxItems ceiling: with AWS's ~1,600 managed policies the picker follows the cursor for the rest. */
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
  const { items, fetching, error } = useWholeList(ListPoliciesQuery, { first: POLICIES_PAGE }, (data) => data.listPolicies);
  const policies = useMemo(() => items.filter((policy) => !attachedArns.includes(policy.arn)), [items, attachedArns]);
  return (
    <SpaceBetween size="s">
      {error && <ApiErrorFlashbar error={error} failedTo="list policies" />}
      <PoliciesTable
        policies={policies}
        loading={fetching && items.length === 0}
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
