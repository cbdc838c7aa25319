'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useState, type ReactNode } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../components/console-layout/notifications';
import { useFollow } from '../../components/navigation/use-follow';
import { policyDetailsHref, policyType } from '../policies/policies-table/policy-row';
import { AttachPoliciesModal } from './attach-policies-modal';
import { CreateInlinePolicyModal } from './create-inline-policy-modal';
import type { InlinePolicy, ManagedPolicyOwnerKind } from './permission-owner';

export interface AttachedPolicyRow {
  arn: string;
  policyName: string;
  description?: string | null;
}

/**
 * A group's or role's permissions policies: managed ones (Attach…Policy / Detach…Policy) and inline ones
 * (Put…Policy to create or edit, Delete…Policy), through the owner kind's description. `children` follow the two
 * tables (a role's permissions boundary).
 */
export function IdentityPoliciesTab({
  owner,
  name,
  attachedPolicies,
  onAttachmentsChanged,
  attachedDescription,
  children,
}: {
  owner: ManagedPolicyOwnerKind;
  name: string;
  attachedPolicies: readonly AttachedPolicyRow[];
  onAttachmentsChanged: () => void;
  /** Who gets these permissions, under the table's title. */
  attachedDescription: string;
  children?: ReactNode;
}) {
  const client = useClient();
  const follow = useFollow();
  const { notify } = useNotifications();
  const inline = owner.useInlinePolicies(name);
  const [selectedAttached, setSelectedAttached] = useState<AttachedPolicyRow[]>([]);
  const [selectedInline, setSelectedInline] = useState<InlinePolicy[]>([]);
  const [attachVisible, setAttachVisible] = useState(false);
  const [inlineModal, setInlineModal] = useState<{ editing?: InlinePolicy } | null>(null);
  const [busy, setBusy] = useState<'detach' | 'delete' | null>(null);
  const [changeError, setChangeError] = useState<{ error: CombinedError; failedTo: string } | undefined>();

  const detach = async () => {
    setBusy('detach');
    setChangeError(undefined);
    for (const policy of selectedAttached) {
      const error = await owner.detachPolicy(client, name, policy.arn);
      if (error) {
        setChangeError({ error, failedTo: `detach ${policy.policyName} from ${name}` });
        break;
      }
      notify({ type: 'success', content: `Policy ${policy.policyName} detached from ${name}.` });
    }
    setBusy(null);
    setSelectedAttached([]);
    onAttachmentsChanged();
  };

  const deleteInline = async () => {
    setBusy('delete');
    setChangeError(undefined);
    for (const policy of selectedInline) {
      const error = await owner.deleteInlinePolicy(client, name, policy.policyName);
      if (error) {
        setChangeError({ error, failedTo: `delete the inline policy ${policy.policyName}` });
        break;
      }
      notify({ type: 'success', content: `Inline policy ${policy.policyName} deleted from ${name}.` });
    }
    setBusy(null);
    setSelectedInline([]);
    inline.refresh();
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
            description={attachedDescription}
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
          {
            id: 'policyName',
            header: 'Policy name',
            isRowHeader: true,
            cell: (policy) => (
              <Link href={policyDetailsHref(policy.arn)} onFollow={follow}>
                {policy.policyName}
              </Link>
            ),
          },
          { id: 'type', header: 'Type', cell: (policy) => policyType(policy.arn) },
          { id: 'description', header: 'Description', cell: (policy) => policy.description ?? '-' },
        ]}
        empty={<Box textAlign="center">No policies attached to this {owner.noun}.</Box>}
      />
      {inline.error && <ApiErrorFlashbar error={inline.error} failedTo={`list the inline policies of ${name}`} />}
      <Table<InlinePolicy>
        items={inline.policies}
        trackBy="policyName"
        loading={inline.fetching}
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
            counter={`(${inline.policies.length})`}
            description={`Policies embedded in this ${owner.noun} only.`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selectedInline.length === 0} loading={busy === 'delete'} onClick={() => void deleteInline()}>
                  Remove
                </Button>
                <Button disabled={selectedInline.length !== 1} onClick={() => setInlineModal({ editing: selectedInline[0] })}>
                  Edit
                </Button>
                <Button onClick={() => setInlineModal({})}>Create inline policy</Button>
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
        empty={<Box textAlign="center">No inline policies in this {owner.noun}.</Box>}
      />
      {children}
      <AttachPoliciesModal
        identityName={name}
        attachedArns={attachedPolicies.map((policy) => policy.arn)}
        visible={attachVisible}
        onDismiss={() => setAttachVisible(false)}
        attach={(policyArn) => owner.attachPolicy(client, name, policyArn)}
        onAttached={(policyArns) => {
          notify({ type: 'success', content: `${policyArns.length === 1 ? 'Policy' : `${policyArns.length} policies`} attached to ${name}.` });
          onAttachmentsChanged();
        }}
      />
      {inlineModal && (
        <CreateInlinePolicyModal
          key={inlineModal.editing?.policyName ?? ''}
          ownerName={name}
          visible
          editing={inlineModal.editing}
          onDismiss={() => setInlineModal(null)}
          put={(policyName, policyDocument) => owner.putInlinePolicy(client, name, policyName, policyDocument)}
          onCreated={(policyName) => {
            notify({ type: 'success', content: `Inline policy ${policyName} ${inlineModal.editing ? 'saved' : 'created'} for ${name}.` });
            setSelectedInline([]);
            inline.refresh();
          }}
        />
      )}
    </SpaceBetween>
  );
}
