'use client';

import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { useWholeList } from '../../components/lists/use-whole-list';
import { policyType, type PolicyType } from '../policies/policies-table/policy-row';
import { ListPoliciesQuery } from '../policies/policies.documents';

/**
 * The managed policy that caps an identity's permissions (its permissions boundary): one policy, chosen from the AWS
 * managed and customer managed ones, grouped by type.
 */
export function PermissionsBoundarySelect({
  policyArn,
  onChange,
  errorText,
}: {
  policyArn: string | null;
  onChange: (policyArn: string) => void;
  errorText?: string;
}) {
  const { items: policies, fetching, loadingMore, error } = useWholeList(ListPoliciesQuery, { first: 1000 }, (data) => data.listPolicies);
  const options = useMemo<SelectProps.OptionGroup[]>(() => {
    return (['AWS managed', 'AWS managed - job function', 'Customer managed'] satisfies PolicyType[]).map((type) => ({
      label: type,
      options: policies
        .filter((policy) => policyType(policy.arn) === type)
        .map((policy) => ({ value: policy.arn, label: policy.policyName, description: policy.description ?? undefined, tags: [policy.arn] })),
    }));
  }, [policies]);
  const selected = options.flatMap((group) => group.options).find((option) => option.value === policyArn) ?? null;
  return (
    <SpaceBetween size="s">
      {error && <ApiErrorFlashbar error={error} failedTo="list policies" />}
      <FormField label="Permissions boundary policy" description="The user's permissions never exceed what this policy allows." errorText={errorText}>
        <Select
          selectedOption={selected}
          options={options}
          onChange={({ detail }) => onChange(detail.selectedOption.value!)}
          placeholder="Choose a policy"
          filteringType="auto"
          // AWS's ~1,600 managed policies: only the options in view are rendered.
          virtualScroll
          filteringPlaceholder="Filter policies"
          statusType={fetching || loadingMore ? 'loading' : error ? 'error' : 'finished'}
          loadingText="Loading policies"
          errorText="The policies could not be listed."
          empty="No policies"
        />
      </FormField>
    </SpaceBetween>
  );
}
