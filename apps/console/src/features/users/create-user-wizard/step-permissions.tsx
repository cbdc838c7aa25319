'use client';

import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import Tiles from '@cloudscape-design/components/tiles';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { timeAgo } from '../../../components/time/time-ago';
import { ListGroupsQuery } from '../../groups/groups.documents';
import { ListUsersQuery } from '../users.documents';
import { PoliciesPicker } from '../../identity-permissions/policies-picker';
import { PermissionsBoundarySection } from './permissions-boundary-section';
import { permissionsErrors, type CreateUserState, type PermissionsOption } from './wizard-state';
import { useWholeList } from '../../../components/lists/use-whole-list';

function GroupsPicker({ state, onChange }: { state: CreateUserState; onChange: (change: Partial<CreateUserState>) => void }) {
  const [result] = useQuery({ query: ListGroupsQuery });
  const groups = useMemo(() => result.data?.listGroups.edges.map((edge) => edge.node) ?? [], [result.data]);
  const { items, collectionProps, filterProps } = useCollection(groups, {
    filtering: { empty: 'No groups', noMatch: 'No groups match the filter.' },
    sorting: {},
  });
  const now = new Date();
  return (
    <SpaceBetween size="s">
      {result.error && <ApiErrorFlashbar error={result.error} failedTo="list groups" />}
      <Table
        {...collectionProps}
        items={items}
        loading={result.fetching}
        loadingText="Loading groups"
        selectionType="multi"
        trackBy="groupName"
        selectedItems={groups.filter((group) => state.groupNames.includes(group.groupName))}
        onSelectionChange={({ detail }) => onChange({ groupNames: detail.selectedItems.map((group) => group.groupName) })}
        ariaLabels={{ itemSelectionLabel: (_, group) => `Select ${group.groupName}`, allItemsSelectionLabel: () => 'Select all groups', selectionGroupLabel: 'Groups' }}
        header={<Header counter={`(${groups.length})`}>User groups</Header>}
        filter={<TextFilter {...filterProps} filteringPlaceholder="Search" filteringAriaLabel="Filter groups" />}
        columnDefinitions={[
          { id: 'groupName', header: 'Group name', cell: (group) => group.groupName, sortingField: 'groupName', isRowHeader: true },
          { id: 'users', header: 'Users', cell: (group) => group.users.totalCount },
          { id: 'policies', header: 'Attached policies', cell: (group) => group.attachedPolicies.map((policy) => policy.policyName).join(', ') || '-' },
          { id: 'createDate', header: 'Created', cell: (group) => timeAgo(group.createDate, now), sortingField: 'createDate' },
        ]}
        variant="embedded"
      />
    </SpaceBetween>
  );
}

function CopyFromUserPicker({ state, onChange }: { state: CreateUserState; onChange: (change: Partial<CreateUserState>) => void }) {
  const result = useWholeList(ListUsersQuery, { first: 1000 }, (data) => data.listUsers);
  const users = result.items;
  const { items, collectionProps, filterProps, paginationProps } = useCollection(users, {
    filtering: { empty: 'No users', noMatch: 'No users match the filter.' },
    pagination: { pageSize: 10 },
    sorting: {},
  });
  return (
    <SpaceBetween size="s">
      {result.error && <ApiErrorFlashbar error={result.error} failedTo="list users" />}
      <Table
        {...collectionProps}
        items={items}
        loading={result.fetching}
        loadingText="Loading users"
        selectionType="single"
        trackBy="userName"
        selectedItems={users.filter((user) => user.userName === state.copyFromUserName)}
        onSelectionChange={({ detail }) => onChange({ copyFromUserName: detail.selectedItems[0]?.userName ?? null })}
        ariaLabels={{ itemSelectionLabel: (_, user) => `Select ${user.userName}`, allItemsSelectionLabel: () => 'Select all users', selectionGroupLabel: 'Users' }}
        header={<Header counter={`(${users.length})`} description="The new user joins the same groups.">Users</Header>}
        filter={<TextFilter {...filterProps} filteringPlaceholder="Search" filteringAriaLabel="Filter users" />}
        columnDefinitions={[
          { id: 'userName', header: 'User name', cell: (user) => user.userName, sortingField: 'userName', isRowHeader: true },
          { id: 'groups', header: 'Groups', cell: (user) => user.groups.map((group) => group.groupName).join(', ') || '-' },
        ]}
        pagination={<Pagination {...paginationProps} />}
        variant="embedded"
      />
    </SpaceBetween>
  );
}

export function StepPermissions({
  state,
  onChange,
  showErrors,
}: {
  state: CreateUserState;
  onChange: (change: Partial<CreateUserState>) => void;
  showErrors: boolean;
}) {
  const errors = showErrors ? permissionsErrors(state) : {};
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Permissions options</Header>}>
        <Tiles
          value={state.permissionsOption}
          onChange={({ detail }) => onChange({ permissionsOption: detail.value as PermissionsOption })}
          columns={3}
          items={[
            { value: 'groups', label: 'Add user to group', description: 'Add the user to an existing group. Using groups is a best-practice way to manage permissions by job function.' },
            { value: 'copy', label: 'Copy permissions', description: 'Copy all group memberships from an existing user.' },
            {
              value: 'policies',
              label: 'Attach policies directly',
              description: 'Attach a managed policy directly to a user. As a best practice, attach policies to a group instead, then add the user to the group.',
            },
          ]}
        />
      </Container>
      {errors.copyFrom && <Alert type="error">{errors.copyFrom}</Alert>}
      {state.permissionsOption === 'groups' && <GroupsPicker state={state} onChange={onChange} />}
      {state.permissionsOption === 'copy' && <CopyFromUserPicker state={state} onChange={onChange} />}
      {state.permissionsOption === 'policies' && (
        <PoliciesPicker
          selectedArns={state.policyArns}
          onChange={(policyArns) => onChange({ policyArns })}
          description="Choose one or more policies to attach to your new user."
        />
      )}
      <PermissionsBoundarySection state={state} onChange={onChange} errorText={errors.permissionsBoundary} />
    </SpaceBetween>
  );
}
