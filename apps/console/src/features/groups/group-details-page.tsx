'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../components/console-layout/notifications';
import { DeleteConfirmationModal } from '../../components/delete-confirmation-modal';
import { useTabInUrl } from '../../components/navigation/use-tab-in-url';
import { formatDateTime } from '../../components/time/time-ago';
import type { GroupQuery as GroupResult } from '../../gql/graphql';
import { AddUsersToGroupModal } from '../group-memberships/add-users-to-group-modal';
import { RemoveUserFromGroupMutation } from '../users/users.documents';
import { IdentityPoliciesTab } from '../identity-permissions/identity-policies-tab';
import { groupPolicyOwner } from '../identity-permissions/permission-owner';
import { DeleteGroupMutation, GroupQuery } from './groups.documents';

const TABS = ['users', 'permissions'] as const;
type GroupTab = (typeof TABS)[number];
type MemberRow = GroupResult['getGroup']['users']['edges'][number]['node'];

export function GroupDetailsPage({ groupName }: { groupName: string }) {
  const router = useRouter();
  const client = useClient();
  const { notify } = useNotifications();
  const [result, refresh] = useQuery({ query: GroupQuery, variables: { groupName } });
  const [deleted, deleteGroup] = useMutation(DeleteGroupMutation);
  const [tab, setTab] = useTabInUrl<GroupTab>(TABS, 'users');
  const [selected, setSelected] = useState<MemberRow[]>([]);
  const [addVisible, setAddVisible] = useState(false);
  const [deleteVisible, setDeleteVisible] = useState(false);
  const [removeError, setRemoveError] = useState<CombinedError | undefined>();
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'User groups', href: '/groups' },
      { text: groupName, href: `/groups/${encodeURIComponent(groupName)}` },
    ],
    [groupName],
  );
  usePageBreadcrumbs(breadcrumbs);
  const group = result.data?.getGroup;
  const members = group?.users.edges.map((edge) => edge.node) ?? [];
  const reload = () => refresh({ requestPolicy: 'network-only' });

  const removeUsers = async () => {
    setRemoveError(undefined);
    for (const user of selected) {
      const removed = await client.mutation(RemoveUserFromGroupMutation, { input: { groupName, userName: user.userName } }).toPromise();
      if (removed.error) {
        setRemoveError(removed.error);
        break;
      }
    }
    setSelected([]);
    reload();
  };

  return (
    <ContentLayout header={<Header variant="h1" actions={<Button onClick={() => setDeleteVisible(true)}>Delete</Button>}>{groupName}</Header>}>
      <SpaceBetween size="l">
        {result.error && <ApiErrorFlashbar error={result.error} failedTo={`load user group ${groupName}`} />}
        <Container header={<Header variant="h2">Summary</Header>}>
          {result.fetching && !group ? (
            <Spinner />
          ) : (
            group && (
              <KeyValuePairs
                columns={3}
                items={[
                  { label: 'User group name', value: group.groupName },
                  { label: 'Creation time', value: formatDateTime(group.createDate) },
                  { label: 'ARN', value: <CopyToClipboard variant="inline" textToCopy={group.arn} copySuccessText="ARN copied" copyErrorText="ARN failed to copy" /> },
                ]}
              />
            )
          )}
        </Container>
        {group && (
          <Tabs
            activeTabId={tab}
            onChange={({ detail }) => setTab(detail.activeTabId as GroupTab)}
            tabs={[
              {
                id: 'users',
                label: `Users (${group.users.totalCount})`,
                content: (
                  <SpaceBetween size="s">
                    {removeError && <ApiErrorFlashbar error={removeError} failedTo="remove users from the group" />}
                    <Table<MemberRow>
                      items={members}
                      selectionType="multi"
                      trackBy="userName"
                      selectedItems={selected}
                      onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
                      ariaLabels={{ itemSelectionLabel: (_, user) => `Select ${user.userName}`, allItemsSelectionLabel: () => 'Select all users', selectionGroupLabel: 'Users' }}
                      header={
                        <Header
                          counter={`(${group.users.totalCount})`}
                          description="An IAM user in this group gets the permissions the group's policies define."
                          actions={
                            <SpaceBetween direction="horizontal" size="xs">
                              <Button disabled={selected.length === 0} onClick={() => void removeUsers()}>
                                Remove
                              </Button>
                              <Button variant="primary" onClick={() => setAddVisible(true)}>
                                Add users
                              </Button>
                            </SpaceBetween>
                          }
                        >
                          Users in this group
                        </Header>
                      }
                      columnDefinitions={[
                        { id: 'userName', header: 'User name', cell: (user) => user.userName, isRowHeader: true },
                        { id: 'path', header: 'Path', cell: (user) => user.path },
                        { id: 'createDate', header: 'Creation time', cell: (user) => formatDateTime(user.createDate) },
                      ]}
                      empty={<Box textAlign="center">No users in this group.</Box>}
                    />
                  </SpaceBetween>
                ),
              },
              {
                id: 'permissions',
                label: 'Permissions',
                content: (
                  <IdentityPoliciesTab
                    owner={groupPolicyOwner}
                    name={groupName}
                    attachedPolicies={group.attachedPolicies}
                    onAttachmentsChanged={reload}
                    attachedDescription="Every user in the group gets these permissions."
                  />
                ),
              },
            ]}
          />
        )}
      </SpaceBetween>
      {addVisible && (
        <AddUsersToGroupModal
          groupName={groupName}
          members={members.map((user) => user.userName)}
          onDismiss={() => {
            setAddVisible(false);
            reload();
          }}
        />
      )}
      <DeleteConfirmationModal
        visible={deleteVisible}
        header={`Delete ${groupName}?`}
        deleting={deleted.fetching}
        onDismiss={() => setDeleteVisible(false)}
        onDelete={async () => {
          const outcome = await deleteGroup({ input: { groupName } });
          if (outcome.error) return;
          notify({ type: 'success', content: `User group ${groupName} deleted.` });
          router.push('/groups');
        }}
      >
        <Box variant="p">The group is deleted; its users stay, without the group&apos;s permissions. The group must have no users and no policies.</Box>
        {deleted.error && <ApiErrorFlashbar error={deleted.error} failedTo={`delete ${groupName}`} />}
      </DeleteConfirmationModal>
    </ContentLayout>
  );
}
