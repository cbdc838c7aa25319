'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import Multiselect from '@cloudscape-design/components/multiselect';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { formatDateTime } from '../../../../components/time/time-ago';
import type { GroupsForUserQuery as GroupsForUser } from '../../../../gql/graphql';
import { ListGroupsQuery } from '../../../groups/groups.documents';
import { AddUserToGroupMutation, GroupsForUserQuery, RemoveUserFromGroupMutation } from '../../users.documents';

type GroupRow = GroupsForUser['listGroupsForUser']['edges'][number]['node'];

function AddToGroupsModal({ userName, memberOf, visible, onDismiss }: { userName: string; memberOf: readonly string[]; visible: boolean; onDismiss: () => void }) {
  const client = useClient();
  const [groups] = useQuery({ query: ListGroupsQuery, pause: !visible });
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const options = (groups.data?.listGroups.edges ?? [])
    .map((edge) => edge.node.groupName)
    .filter((groupName) => !memberOf.includes(groupName))
    .map((groupName) => ({ value: groupName, label: groupName }));

  const add = async () => {
    setAdding(true);
    setError(undefined);
    for (const groupName of selected) {
      const added = await client.mutation(AddUserToGroupMutation, { input: { userName, groupName } }).toPromise();
      if (added.error) {
        setError(added.error);
        setAdding(false);
        return;
      }
    }
    setAdding(false);
    setSelected([]);
    onDismiss();
  };

  return (
    <Modal
      visible={visible}
      onDismiss={onDismiss}
      header={`Add ${userName} to groups`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" disabled={selected.length === 0} loading={adding} onClick={() => void add()}>
              Add to groups
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {(groups.error ?? error) && <ApiErrorFlashbar error={(groups.error ?? error)!} failedTo="add the user to groups" />}
        <FormField label="User groups">
          <Multiselect
            options={options}
            selectedOptions={options.filter((option) => selected.includes(option.value))}
            onChange={({ detail }) => setSelected(detail.selectedOptions.map((option) => option.value!))}
            placeholder="Choose groups"
            statusType={groups.fetching ? 'loading' : 'finished'}
            loadingText="Loading groups"
            empty="No other groups"
            filteringType="auto"
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}

export function GroupsTab({ userName }: { userName: string }) {
  const client = useClient();
  const [result, refresh] = useQuery({ query: GroupsForUserQuery, variables: { userName } });
  const rows = useMemo(() => result.data?.listGroupsForUser.edges.map((edge) => edge.node) ?? [], [result.data]);
  const [selected, setSelected] = useState<GroupRow[]>([]);
  const [addVisible, setAddVisible] = useState(false);
  const [removeError, setRemoveError] = useState<CombinedError | undefined>();
  const [removing, setRemoving] = useState(false);

  const reload = () => refresh({ requestPolicy: 'network-only' });
  const remove = async () => {
    setRemoving(true);
    setRemoveError(undefined);
    for (const group of selected) {
      const removed = await client.mutation(RemoveUserFromGroupMutation, { input: { userName, groupName: group.groupName } }).toPromise();
      if (removed.error) {
        setRemoveError(removed.error);
        break;
      }
    }
    setRemoving(false);
    setSelected([]);
    reload();
  };

  return (
    <SpaceBetween size="m">
      {(result.error ?? removeError) && <ApiErrorFlashbar error={(result.error ?? removeError)!} failedTo="change the user's groups" />}
      <Table<GroupRow>
        items={rows}
        loading={result.fetching && !result.data}
        loadingText="Loading groups"
        selectionType="multi"
        trackBy="groupName"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{ itemSelectionLabel: (_, group) => `Select ${group.groupName}`, allItemsSelectionLabel: () => 'Select all groups', selectionGroupLabel: 'Groups' }}
        header={
          <Header
            counter={`(${rows.length})`}
            description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} loading={removing} onClick={() => void remove()}>
                  Remove
                </Button>
                <Button variant="primary" onClick={() => setAddVisible(true)}>
                  Add user to groups
                </Button>
              </SpaceBetween>
            }
          >
            User groups membership
          </Header>
        }
        columnDefinitions={[
          { id: 'groupName', header: 'Group name', cell: (group) => group.groupName, isRowHeader: true },
          { id: 'policies', header: 'Attached policies', cell: (group) => group.attachedPolicies.map((policy) => policy.policyName).join(', ') || '-' },
          { id: 'createDate', header: 'Created', cell: (group) => formatDateTime(group.createDate) },
        ]}
        empty={<Box textAlign="center">The user is not a member of any group.</Box>}
      />
      <AddToGroupsModal
        userName={userName}
        memberOf={rows.map((group) => group.groupName)}
        visible={addVisible}
        onDismiss={() => {
          setAddVisible(false);
          reload();
        }}
      />
    </SpaceBetween>
  );
}
