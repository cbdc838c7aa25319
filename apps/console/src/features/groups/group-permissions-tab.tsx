'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../components/console-layout/notifications';
import type { GroupQuery as GroupResult } from '../../gql/graphql';
import { AttachPoliciesModal } from '../identity-permissions/attach-policies-modal';
import { CreateInlinePolicyModal } from '../identity-permissions/create-inline-policy-modal';
import { DeleteGroupPolicyMutation, GroupInlinePoliciesQuery, PutGroupPolicyMutation } from '../identity-permissions/identity-permissions.documents';
import { AttachGroupPolicyMutation, DetachGroupPolicyMutation } from '../policies/policies.documents';
import { policyType } from '../policies/policies-table/policy-row';

type AttachedPolicyRow = GroupResult['getGroup']['attachedPolicies'][number];
interface InlinePolicyRow {
  policyName: string;
}

/**
 * The group's permissions: managed policies (AttachGroupPolicy / DetachGroupPolicy) and inline policies
 * (PutGroupPolicy / DeleteGroupPolicy). Every member gets them.
 */
export function GroupPermissionsTab({
  groupName,
  attachedPolicies,
  onAttachmentsChanged,
}: {
  groupName: string;
  attachedPolicies: readonly AttachedPolicyRow[];
  onAttachmentsChanged: () => void;
}) {
  const client = useClient();
  const { notify } = useNotifications();
  const [inline, refreshInline] = useQuery({ query: GroupInlinePoliciesQuery, variables: { groupName } });
  const inlinePolicies = useMemo<InlinePolicyRow[]>(() => inline.data?.listGroupPolicies.edges.map((edge) => edge.node) ?? [], [inline.data]);
  const [selectedAttached, setSelectedAttached] = useState<AttachedPolicyRow[]>([]);
  const [selectedInline, setSelectedInline] = useState<InlinePolicyRow[]>([]);
  const [attachVisible, setAttachVisible] = useState(false);
  const [inlineVisible, setInlineVisible] = useState(false);
  const [busy, setBusy] = useState<'detach' | 'delete' | null>(null);
  const [changeError, setChangeError] = useState<{ error: CombinedError; failedTo: string } | undefined>();

  const detach = async () => {
    setBusy('detach');
    setChangeError(undefined);
    for (const policy of selectedAttached) {
      const detached = await client.mutation(DetachGroupPolicyMutation, { input: { groupName, policyArn: policy.arn } }).toPromise();
      if (detached.error) {
        setChangeError({ error: detached.error, failedTo: `detach ${policy.policyName} from ${groupName}` });
        break;
      }
      notify({ type: 'success', content: `Policy ${policy.policyName} detached from ${groupName}.` });
    }
    setBusy(null);
    setSelectedAttached([]);
    onAttachmentsChanged();
  };

  const deleteInline = async () => {
    setBusy('delete');
    setChangeError(undefined);
    for (const policy of selectedInline) {
      const deleted = await client.mutation(DeleteGroupPolicyMutation, { input: { groupName, policyName: policy.policyName } }).toPromise();
      if (deleted.error) {
        setChangeError({ error: deleted.error, failedTo: `delete the inline policy ${policy.policyName}` });
        break;
      }
      notify({ type: 'success', content: `Inline policy ${policy.policyName} deleted from ${groupName}.` });
    }
    setBusy(null);
    setSelectedInline([]);
    refreshInline({ requestPolicy: 'network-only' });
  };

  return (
    <SpaceBetween size="l">
      {changeError && <ApiErrorFlashbar error={changeError.error} failedTo={changeError.failedTo} />}
      <Table<AttachedPolicyRow>
        items={[...attachedPolicies]}
        trackBy="arn"
        selectionType="multi"
        selectedItems={selectedAttached}
        onSelectionChange={({ detail }) => setSelectedAttached(detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: 'Attached policies',
          allItemsSelectionLabel: () => 'Select all attached policies',
          itemSelectionLabel: (_, policy) => `Select ${policy.policyName}`,
        }}
        header={
          <Header
            counter={`(${attachedPolicies.length})`}
            description="Every user in the group gets these permissions."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selectedAttached.length === 0} loading={busy === 'detach'} onClick={() => void detach()}>
                  Detach
                </Button>
                <Button variant="primary" onClick={() => setAttachVisible(true)}>
                  Attach policies
                </Button>
              </SpaceBetween>
            }
          >
            Permissions policies
          </Header>
        }
        columnDefinitions={[
          { id: 'policyName', header: 'Policy name', cell: (policy) => policy.policyName, isRowHeader: true },
          { id: 'type', header: 'Type', cell: (policy) => policyType(policy.arn) },
          { id: 'description', header: 'Description', cell: (policy) => policy.description ?? '-' },
        ]}
        empty={<Box textAlign="center">No policies attached to this group.</Box>}
      />
      {inline.error && <ApiErrorFlashbar error={inline.error} failedTo={`list the inline policies of ${groupName}`} />}
      <Table<InlinePolicyRow>
        items={inlinePolicies}
        trackBy="policyName"
        loading={inline.fetching && !inline.data}
        loadingText="Loading inline policies"
        selectionType="multi"
        selectedItems={selectedInline}
        onSelectionChange={({ detail }) => setSelectedInline(detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: 'Inline policies',
          allItemsSelectionLabel: () => 'Select all inline policies',
          itemSelectionLabel: (_, policy) => `Select inline ${policy.policyName}`,
        }}
        header={
          <Header
            counter={`(${inline.data?.listGroupPolicies.totalCount ?? 0})`}
            description="Policies embedded in this group only."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selectedInline.length === 0} loading={busy === 'delete'} onClick={() => void deleteInline()}>
                  Remove
                </Button>
                <Button onClick={() => setInlineVisible(true)}>Create inline policy</Button>
              </SpaceBetween>
            }
          >
            Inline policies
          </Header>
        }
        columnDefinitions={[
          { id: 'policyName', header: 'Policy name', cell: (policy) => policy.policyName, isRowHeader: true },
          { id: 'type', header: 'Type', cell: () => 'Customer inline' },
        ]}
        empty={<Box textAlign="center">No inline policies in this group.</Box>}
      />
      <AttachPoliciesModal
        identityName={groupName}
        attachedArns={attachedPolicies.map((policy) => policy.arn)}
        visible={attachVisible}
        onDismiss={() => setAttachVisible(false)}
        attach={async (policyArn) => (await client.mutation(AttachGroupPolicyMutation, { input: { groupName, policyArn } }).toPromise()).error}
        onAttached={(policyArns) => {
          notify({ type: 'success', content: `${policyArns.length === 1 ? 'Policy' : `${policyArns.length} policies`} attached to ${groupName}.` });
          onAttachmentsChanged();
        }}
      />
      <CreateInlinePolicyModal
        ownerName={groupName}
        visible={inlineVisible}
        onDismiss={() => setInlineVisible(false)}
        put={async (policyName, policyDocument) => (await client.mutation(PutGroupPolicyMutation, { input: { groupName, policyName, policyDocument } }).toPromise()).error}
        onCreated={(policyName) => {
          notify({ type: 'success', content: `Inline policy ${policyName} created for ${groupName}.` });
          refreshInline({ requestPolicy: 'network-only' });
        }}
      />
    </SpaceBetween>
  );
}
