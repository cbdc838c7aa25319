'use client';

import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useMemo } from 'react';
import type { CombinedError } from '@urql/core';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { useWholeAuthorizationDetails } from '../../components/lists/use-whole-authorization-details';
import { governingPolicyKey, type GoverningPolicies } from './simulation-settings';
import { SimulatorPrincipalsQuery } from './simulator.documents';

interface Principal {
  arn: string;
  name: string;
}

/**
 * The simulator's left panel: whose policies to simulate (each can be unticked to test without it, as in AWS's
 * simulator), and policies pasted in addition or instead.
 */
export function PrincipalPanel({
  policySourceArn,
  onPolicySourceChange,
  governing,
  governingError,
  excludedPolicies,
  onExcludedPoliciesChange,
  policyInputList,
  onPolicyInputListChange,
}: {
  policySourceArn: string | null;
  onPolicySourceChange: (arn: string | null) => void;
  /** The chosen principal's policies, once read. */
  governing: GoverningPolicies | undefined;
  governingError: CombinedError | undefined;
  excludedPolicies: string[];
  onExcludedPoliciesChange: (keys: string[]) => void;
  policyInputList: string[];
  onPolicyInputListChange: (policies: string[]) => void;
}) {
  const { details, fetching, error } = useWholeAuthorizationDetails(SimulatorPrincipalsQuery);

  const { options, byArn } = useMemo(() => {
    const groups: Array<{ label: string; entries: Principal[] }> = [
      { label: 'Users', entries: (details?.userDetailList ?? []).map((u) => ({ arn: u.arn, name: u.userName })) },
      { label: 'Groups', entries: (details?.groupDetailList ?? []).map((g) => ({ arn: g.arn, name: g.groupName })) },
      { label: 'Roles', entries: (details?.roleDetailList ?? []).map((r) => ({ arn: r.arn, name: r.roleName })) },
    ];
    const selectOptions: SelectProps.OptionGroup[] = groups.map((group) => ({
      label: group.label,
      options: group.entries.map((entry) => ({ value: entry.arn, label: entry.name, description: entry.arn })),
    }));
    return { options: selectOptions, byArn: new Map(groups.flatMap((g) => g.entries.map((e) => [e.arn, e] as const))) };
  }, [details]);

  const selected = policySourceArn ? byArn.get(policySourceArn) : undefined;
  const boundary = governing?.permissionsBoundary;
  const setPolicy = (index: number, text: string) => onPolicyInputListChange(policyInputList.map((p, i) => (i === index ? text : p)));

  return (
    <Container header={<Header variant="h2">Users, groups, and roles</Header>}>
      <SpaceBetween size="l">
        {error && <ApiErrorFlashbar error={error} failedTo="load users, groups and roles" />}
        <FormField label="Simulate as" description="The identity-based policies of this user, group or role are simulated.">
          <Select
            selectedOption={selected ? { value: selected.arn, label: selected.name } : null}
            options={[{ value: '', label: 'None: only the policies below' }, ...options]}
            onChange={({ detail }) => onPolicySourceChange(detail.selectedOption.value || null)}
            placeholder="Choose a user, group or role"
            filteringType="auto"
            statusType={fetching ? 'loading' : 'finished'}
            loadingText="Loading users, groups and roles"
            ariaLabel="Simulate as"
          />
        </FormField>
        {governingError && <ApiErrorFlashbar error={governingError} failedTo="load the principal's policies" />}
        {selected && governing && (
          <FormField label="Policies" description="Untick a policy to simulate without it.">
            {governing.identityPolicies.length === 0 && !boundary ? (
              <Box color="text-status-inactive">No policies: every action is implicitly denied.</Box>
            ) : (
              <SpaceBetween size="xxs">
                <div data-testid="principal-policies">
                  {governing.identityPolicies.map((policy) => {
                    const key = governingPolicyKey(policy);
                    // "Attached: ReadOnlyAccess", "Inline: deploy", "Group Developers: ReadOnlyAccess"
                    const label = `${policy.groupName ? `Group ${policy.groupName}` : policy.policyArn ? 'Attached' : 'Inline'}: ${policy.policyName}`;
                    return (
                      <Checkbox
                        key={key}
                        checked={!excludedPolicies.includes(key)}
                        onChange={({ detail }) => onExcludedPoliciesChange(detail.checked ? excludedPolicies.filter((k) => k !== key) : [...excludedPolicies, key])}
                      >
                        {label}
                      </Checkbox>
                    );
                  })}
                </div>
                {boundary && <Box variant="small">Boundary: {boundary.policyArn ?? boundary.policyName}</Box>}
              </SpaceBetween>
            )}
          </FormField>
        )}
        <FormField label={<span>Policies to add <i>- optional</i></span>} description="Paste identity-based policy documents to simulate with.">
          <SpaceBetween size="s">
            {policyInputList.map((policy, index) => (
              <SpaceBetween key={index} size="xxs">
                <Textarea value={policy} rows={8} spellcheck={false} ariaLabel={`Policy ${index + 1}`} onChange={({ detail }) => setPolicy(index, detail.value)} placeholder='{ "Version": "2012-10-17", "Statement": [ … ] }' />
                <Button variant="inline-link" onClick={() => onPolicyInputListChange(policyInputList.filter((_, i) => i !== index))}>
                  Remove policy {index + 1}
                </Button>
              </SpaceBetween>
            ))}
            <Button iconName="add-plus" onClick={() => onPolicyInputListChange([...policyInputList, ''])}>
              Add policy
            </Button>
          </SpaceBetween>
        </FormField>
      </SpaceBetween>
    </Container>
  );
}
