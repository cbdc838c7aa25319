'use client';

import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { ListEmptyState, listFailure } from '../../components/lists/list-empty-state';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../components/console-layout/notifications';
import { useWholeList } from '../../components/lists/use-whole-list';
import { useLocalStorage } from '../../components/preferences/use-local-storage';
import { useQuery } from 'urql';
import { LiveCredentialReportQuery } from '../credential-report/credential-report.documents';
import { DeleteUsersModal } from './delete-users-modal';
import { CREDENTIAL_COLUMN_IDS, userCredentialsByName } from './user-credentials';
import { LIST_USERS_FIRST_PAGE, ListUsersQuery } from './users.documents';
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

export function UsersListPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const { notify } = useNotifications();
  const list = useWholeList(ListUsersQuery, LIST_USERS_FIRST_PAGE, (data) => data.listUsers);
  const [preferences, setPreferences] = useLocalStorage<UsersTablePreferences>('gatehouse.users-table.preferences', defaultUsersTablePreferences);
  const [deleteVisible, setDeleteVisible] = useState(false);

  const users = list.items;
  const totalCount = list.totalCount ?? 0;
  // The credential columns read the credential report as of now, asked for only while one of them is shown.
  const credentialColumnsShown = preferences.contentDisplay.some((column) => column.visible && (CREDENTIAL_COLUMN_IDS as readonly string[]).includes(column.id));
  const [report] = useQuery({ query: LiveCredentialReportQuery, pause: !credentialColumnsShown, requestPolicy: 'cache-and-network' });
  const reportContent = report.data?.getLiveCredentialReport.content;
  const credentials = useMemo(() => (reportContent ? userCredentialsByName(reportContent) : undefined), [reportContent]);
  const columns = useMemo(
    () => userColumns(new Date(), (userName) => router.push(`/users/${encodeURIComponent(userName)}`), credentials),
    [router, credentials],
  );

  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } = useCollection<UserRow>(users, {
    filtering: {
      filteringFunction: userMatchesFilter,
      // A refused or failed list is not an empty one: the empty state or the flashbar above says why nothing shows.
      empty: (
        <ListEmptyState error={list.error} noun="users">
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>No users</b>
              <Box variant="p" color="inherit">
                No users to display.
              </Box>
              <Button onClick={() => router.push('/users/create')}>Create user</Button>
            </SpaceBetween>
          </Box>
        </ListEmptyState>
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
      {listFailure(list.error) && <ApiErrorFlashbar error={listFailure(list.error)!} failedTo="list users" />}
      <Table<UserRow>
        {...collectionProps}
        items={items}
        columnDefinitions={columns}
        columnDisplay={preferences.contentDisplay}
        wrapLines={preferences.wrapLines}
        stripedRows={preferences.stripedRows}
        loading={list.fetching && users.length === 0}
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
              list.totalCount !== undefined
                ? selectedUserNames.length > 0
                  ? `(${selectedUserNames.length}/${totalCount})`
                  : `(${totalCount})`
                : undefined
            }
            description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
            info={
              list.loadingMore ? (
                <StatusIndicator type="loading">
                  Loading users ({users.length.toLocaleString('en-US')} of {totalCount.toLocaleString('en-US')})
                </StatusIndicator>
              ) : undefined
            }
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh users" loading={list.fetching || list.loadingMore} onClick={list.refresh} />
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
          list.refresh();
          notify({ type: 'success', content: deleted.length === 1 ? `User ${deleted[0]} deleted.` : `${deleted.length} users deleted.` });
        }}
      />
    </SpaceBetween>
  );
}
