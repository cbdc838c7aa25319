'use client';

import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { policyType } from '../policies/policies-table/policy-row';
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
  const [{ data, fetching, error }] = useQuery({ query: ListPoliciesQuery, variables: { first: 1000 } });
  const options = useMemo<SelectProps.OptionGroup[]>(() => {
    const policies = (data?.listPolicies.edges ?? []).map((edge) => edge.node);
    return (['AWS managed', 'Customer managed'] as const).map((type) => ({
      label: type,
      options: policies
        .filter((policy) => policyType(policy.arn) === type)
        .map((policy) => ({ value: policy.arn, label: policy.policyName, description: policy.description ?? undefined, tags: [policy.arn] })),
    }));
  }, [data]);
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
          filteringPlaceholder="Filter policies"
          statusType={fetching && !data ? 'loading' : error ? 'error' : 'finished'}
          loadingText="Loading policies"
          errorText="The policies could not be listed."
          empty="No policies"
        />
      </FormField>
    </SpaceBetween>
  );
}
