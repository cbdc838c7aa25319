'use client';

import { useCollection } from '@cloudscape-design/collection-hooks';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../components/console-layout/notifications';
import { useLocalStorage } from '../../components/preferences/use-local-storage';
import { DeleteUsersModal } from './delete-users-modal';
import { ListUsersQuery } from './users.documents';
import {
  defaultUsersTablePreferences,
  userColumns,
  usersContentDisplayOptions,
  usersPageSizeOptions,
  type UsersTablePreferences,
} from './users-table.config';
import { userMatchesFilter, type UserRow } from './user-row';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Users', href: '/users' },
];
/** AWS's MaxItems ceiling: one request brings every user of a typical account. */
const USERS_PAGE = 1000;

export function UsersListPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const { notify } = useNotifications();
  const [result, refresh] = useQuery({ query: ListUsersQuery, variables: { first: USERS_PAGE } });
  const [preferences, setPreferences] = useLocalStorage<UsersTablePreferences>('gatehouse.users-table.preferences', defaultUsersTablePreferences);
  const [deleteVisible, setDeleteVisible] = useState(false);

  const users = useMemo(() => result.data?.listUsers.edges.map((edge) => edge.node) ?? [], [result.data]);
  const totalCount = result.data?.listUsers.totalCount ?? 0;
  const columns = useMemo(() => userColumns(new Date(), (userName) => router.push(`/users/${encodeURIComponent(userName)}`)), [router]);

  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } = useCollection<UserRow>(users, {
    filtering: {
      filteringFunction: userMatchesFilter,
      // A refused or failed list is not an empty one: the flashbar above says why nothing shows.
      empty: result.error ? null : (
        <Box textAlign="center" color="inherit">
          <SpaceBetween size="xs">
            <b>No users</b>
            <Box variant="p" color="inherit">
              No users to display.
            </Box>
            <Button onClick={() => router.push('/users/create')}>Create user</Button>
          </SpaceBetween>
        </Box>
      ),
      noMatch: (
        <Box textAlign="center" color="inherit">
          <SpaceBetween size="xs">
            <b>No matches</b>
            <Box variant="p" color="inherit">
              No users match the filter.
            </Box>
            <Button onClick={() => actions.setFiltering('')}>Clear filter</Button>
          </SpaceBetween>
        </Box>
      ),
    },
    pagination: { pageSize: preferences.pageSize },
    sorting: { defaultState: { sortingColumn: columns[0]! } },
    selection: { trackBy: 'userName' },
  });
  const selectedUserNames = collectionProps.selectedItems?.map((user) => user.userName) ?? [];

  return (
    <SpaceBetween size="m">
      {result.error && <ApiErrorFlashbar error={result.error} failedTo="list users" />}
      {totalCount > users.length && (
        <Alert type="info">
          Showing the first {users.length.toLocaleString('en-US')} of {totalCount.toLocaleString('en-US')} users. Filter by name to find the others.
        </Alert>
      )}
      <Table<UserRow>
        {...collectionProps}
        items={items}
        columnDefinitions={columns}
        columnDisplay={preferences.contentDisplay}
        wrapLines={preferences.wrapLines}
        stripedRows={preferences.stripedRows}
        loading={result.fetching}
        loadingText="Loading users"
        selectionType="multi"
        variant="full-page"
        stickyHeader
        resizableColumns
        enableKeyboardNavigation
        ariaLabels={{
          selectionGroupLabel: 'Users selection',
          allItemsSelectionLabel: () => 'Select all users',
          itemSelectionLabel: (_, user) => `Select ${user.userName}`,
        }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={
              result.data
                ? selectedUserNames.length > 0
                  ? `(${selectedUserNames.length}/${totalCount})`
                  : `(${totalCount})`
                : undefined
            }
            description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh users" loading={result.fetching} onClick={() => refresh({ requestPolicy: 'network-only' })} />
                <Button disabled={selectedUserNames.length === 0} onClick={() => setDeleteVisible(true)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => router.push('/users/create')}>
                  Create user
                </Button>
              </SpaceBetween>
            }
          >
            Users
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Search"
            filteringAriaLabel="Filter users"
            countText={`${filteredItemsCount ?? 0} ${filteredItemsCount === 1 ? 'match' : 'matches'}`}
          />
        }
        pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (page) => `Page ${page}` }} />}
        preferences={
          <CollectionPreferences
            title="Preferences"
            confirmLabel="Confirm"
            cancelLabel="Cancel"
            preferences={preferences}
            onConfirm={({ detail }) =>
              setPreferences({
                pageSize: detail.pageSize ?? preferences.pageSize,
                wrapLines: detail.wrapLines ?? preferences.wrapLines,
                stripedRows: detail.stripedRows ?? preferences.stripedRows,
                contentDisplay: detail.contentDisplay ?? preferences.contentDisplay,
              })
            }
            pageSizePreference={{ title: 'Page size', options: usersPageSizeOptions }}
            wrapLinesPreference={{ label: 'Wrap lines', description: 'Wrap long values instead of truncating them.' }}
            stripedRowsPreference={{ label: 'Striped rows', description: 'Shade every other row.' }}
            contentDisplayPreference={{ title: 'Column preferences', options: usersContentDisplayOptions }}
          />
        }
      />
      <DeleteUsersModal
        visible={deleteVisible}
        userNames={selectedUserNames}
        onDismiss={() => setDeleteVisible(false)}
        onDeleted={(deleted) => {
          setDeleteVisible(false);
          actions.setSelectedItems([]);
          refresh({ requestPolicy: 'network-only' });
          notify({ type: 'success', content: deleted.length === 1 ? `User ${deleted[0]} deleted.` : `${deleted.length} users deleted.` });
        }}
      />
    </SpaceBetween>
  );
}
