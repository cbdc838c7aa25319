'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useCollection } from '@cloudscape-design/collection-hooks';
import type { CombinedError } from '@urql/core';
import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../../../components/console-layout/notifications';
import { AttachPoliciesModal } from '../../../identity-permissions/attach-policies-modal';
import { CreateInlinePolicyModal } from '../../../identity-permissions/create-inline-policy-modal';
import { DeleteUserPolicyMutation, PutUserPolicyMutation } from '../../../identity-permissions/identity-permissions.documents';
import { AttachUserPolicyMutation, DetachUserPolicyMutation } from '../../../policies/policies.documents';
import { UserPermissionsQuery } from '../../users.documents';
import { AddToGroupsModal } from '../../../group-memberships/add-to-groups-modal';
import { PermissionsBoundaryContainer } from '../../../identity-permissions/permissions-boundary-container';
import { userBoundaryOwner } from '../../../identity-permissions/permission-owner';
import { userPolicyRowId, userPolicyRows, type UserPolicyRow } from '../user-permissions';
import { ModalFooter } from '../../../../components/modal-footer';

type AddPermissionsAction = 'attach' | 'groups' | 'inline';

/**
 * Permissions policies: attached and inline, directly and through groups, and the permissions boundary. Policies
 * attached directly can be removed here (DetachUserPolicy / DeleteUserPolicy); those from a group are changed on the
 * group, as in AWS's console.
 */
export function PermissionsTab({ userName, userArn, permissionsBoundaryArn }: { userName: string; userArn: string; permissionsBoundaryArn: string | undefined }) {
  const client = useClient();
  const { notify } = useNotifications();
  const [{ data, fetching, error }, refresh] = useQuery({ query: UserPermissionsQuery, variables: { principalArn: userArn } });
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const details = data?.getPrincipalPolicies;
  const rows = useMemo(() => (details ? userPolicyRows(details) : []), [details]);
  const [selected, setSelected] = useState<UserPolicyRow[]>([]);
  const [open, setOpen] = useState<AddPermissionsAction | 'remove' | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<CombinedError | undefined>();
  const { items, collectionProps, filterProps } = useCollection<UserPolicyRow>(rows, {
    filtering: {
      empty: <Box textAlign="center">No policies: the user has no permissions.</Box>,
      noMatch: <Box textAlign="center">No policies match the filter.</Box>,
    },
    sorting: { defaultState: { sortingColumn: { sortingField: 'policyName' } } },
  });
  const close = () => setOpen(null);
  const directlyAttachedArns = rows.flatMap((row) => (row.attachedVia === 'Directly' && row.policyArn ? [row.policyArn] : []));
  const memberOf = details?.groupList ?? [];

  const remove = async () => {
    setRemoving(true);
    setRemoveError(undefined);
    for (const row of selected) {
      const removed = row.policyArn
        ? await client.mutation(DetachUserPolicyMutation, { input: { userName, policyArn: row.policyArn } }).toPromise()
        : await client.mutation(DeleteUserPolicyMutation, { input: { userName, policyName: row.policyName } }).toPromise();
      if (removed.error) {
        setRemoveError(removed.error);
        break;
      }
      notify({ type: 'success', content: `Policy ${row.policyName} removed from ${userName}.` });
    }
    setRemoving(false);
    setSelected([]);
    close();
    reload();
  };

  return (
    <SpaceBetween size="l">
      {error && <ApiErrorFlashbar error={error} failedTo="load the user's permissions" />}
      {removeError && <ApiErrorFlashbar error={removeError} failedTo={`remove a policy from ${userName}`} />}
      <Table<UserPolicyRow>
        {...collectionProps}
        items={items}
        trackBy={userPolicyRowId}
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        isItemDisabled={(row) => row.attachedVia !== 'Directly'}
        ariaLabels={{
          selectionGroupLabel: 'Permissions policies',
          allItemsSelectionLabel: () => 'Select all policies attached directly',
          itemSelectionLabel: (_, row) => `Select ${row.policyName}`,
        }}
        loading={fetching && !details}
        loadingText="Loading permissions"
        header={
          <Header
            counter={`(${rows.length})`}
            description="Permissions are defined by policies attached to the user directly or through groups."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} onClick={() => setOpen('remove')}>
                  Remove
                </Button>
                <ButtonDropdown
                  variant="primary"
                  onItemClick={({ detail }) => setOpen(detail.id as AddPermissionsAction)}
                  items={[
                    { id: 'attach', text: 'Attach policies directly' },
                    { id: 'groups', text: 'Add user to group' },
                    { id: 'inline', text: 'Create inline policy' },
                  ]}
                >
                  Add permissions
                </ButtonDropdown>
              </SpaceBetween>
            }
          >
            Permissions policies
          </Header>
        }
        filter={<TextFilter {...filterProps} filteringPlaceholder="Search" filteringAriaLabel="Filter policies" />}
        columnDefinitions={[
          { id: 'policyName', header: 'Policy name', cell: (row) => row.policyName, sortingField: 'policyName', isRowHeader: true },
          { id: 'type', header: 'Type', cell: (row) => row.type, sortingField: 'type' },
          { id: 'attachedVia', header: 'Attached via', cell: (row) => row.attachedVia, sortingField: 'attachedVia' },
        ]}
      />
      <PermissionsBoundaryContainer owner={userBoundaryOwner} name={userName} permissionsBoundaryArn={permissionsBoundaryArn} />
      <AttachPoliciesModal
        identityName={userName}
        attachedArns={directlyAttachedArns}
        visible={open === 'attach'}
        onDismiss={close}
        attach={async (policyArn) => (await client.mutation(AttachUserPolicyMutation, { input: { userName, policyArn } }).toPromise()).error}
        onAttached={(policyArns) => {
          notify({ type: 'success', content: `${policyArns.length === 1 ? 'Policy' : `${policyArns.length} policies`} attached to ${userName}.` });
          reload();
        }}
      />
      {open === 'groups' && (
        <AddToGroupsModal
          userName={userName}
          memberOf={memberOf}
          onDismiss={() => {
            close();
            reload();
          }}
        />
      )}
      <CreateInlinePolicyModal
        ownerName={userName}
        visible={open === 'inline'}
        onDismiss={close}
        put={async (policyName, policyDocument) => (await client.mutation(PutUserPolicyMutation, { input: { userName, policyName, policyDocument } }).toPromise()).error}
        onCreated={(policyName) => {
          notify({ type: 'success', content: `Inline policy ${policyName} created for ${userName}.` });
          reload();
        }}
      />
      <Modal
        visible={open === 'remove'}
        onDismiss={close}
        header={selected.length === 1 ? `Remove ${selected[0]!.policyName}?` : `Remove ${selected.length} policies?`}
        footer={
          <ModalFooter onCancel={close} actionLabel="Remove policies" onAction={() => void remove()} loading={removing} />
        }
      >
        <Box variant="p">
          {userName} loses the permissions these policies grant. Managed policies are detached and stay in the account; inline
          policies are deleted.
        </Box>
      </Modal>
    </SpaceBetween>
  );
}
