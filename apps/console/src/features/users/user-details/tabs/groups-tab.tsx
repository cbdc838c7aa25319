'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { formatDateTime } from '../../../../components/time/time-ago';
import type { GroupsForUserQuery as GroupsForUser } from '../../../../gql/graphql';
import { GroupsForUserQuery, RemoveUserFromGroupMutation } from '../../users.documents';
import { AddToGroupsModal } from '../../../group-memberships/add-to-groups-modal';

type GroupRow = GroupsForUser['listGroupsForUser']['edges'][number]['node'];

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
      {addVisible && (
        <AddToGroupsModal
          userName={userName}
          memberOf={rows.map((group) => group.groupName)}
          onDismiss={() => {
            setAddVisible(false);
            reload();
          }}
        />
      )}
    </SpaceBetween>
  );
}
