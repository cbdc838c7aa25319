'use client';

import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useRouter } from 'next/navigation';
import { ListEmptyState, listFailure } from '../../components/lists/list-empty-state';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useWholeList } from '../../components/lists/use-whole-list';
import { timeAgo } from '../../components/time/time-ago';
import type { ListGroupsQuery as ListGroups } from '../../gql/graphql';
import { ListGroupsQuery } from './groups.documents';

type GroupRow = ListGroups['listGroups']['edges'][number]['node'];

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'User groups', href: '/groups' },
];

export function GroupsListPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const list = useWholeList(ListGroupsQuery, { first: 1000 }, (data) => data.listGroups);
  const groups = list.items;
  const now = new Date();
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection<GroupRow>(groups, {
    filtering: {
      empty: (
        <ListEmptyState error={list.error} noun="user groups">
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>No groups</b>
              <Button onClick={() => router.push('/groups/create')}>Create group</Button>
            </SpaceBetween>
          </Box>
        </ListEmptyState>
      ),
      noMatch: <Box textAlign="center">No groups match the filter.</Box>,
    },
    pagination: { pageSize: 20 },
    sorting: { defaultState: { sortingColumn: { sortingField: 'groupName' } } },
  });

  return (
    <SpaceBetween size="m">
      {listFailure(list.error) && <ApiErrorFlashbar error={listFailure(list.error)!} failedTo="list user groups" />}
      <Table<GroupRow>
        {...collectionProps}
        items={items}
        loading={list.fetching && groups.length === 0}
        loadingText="Loading user groups"
        variant="full-page"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={list.totalCount !== undefined ? `(${list.totalCount})` : undefined}
            description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh user groups" loading={list.fetching || list.loadingMore} onClick={list.refresh} />
                <Button variant="primary" onClick={() => router.push('/groups/create')}>
                  Create group
                </Button>
              </SpaceBetween>
            }
          >
            User groups
          </Header>
        }
        filter={
          <TextFilter {...filterProps} filteringPlaceholder="Search" filteringAriaLabel="Filter user groups" countText={`${filteredItemsCount ?? 0} matches`} />
        }
        pagination={<Pagination {...paginationProps} />}
        columnDefinitions={[
          {
            id: 'groupName',
            header: 'Group name',
            isRowHeader: true,
            sortingField: 'groupName',
            cell: (group) => (
              <Link
                href={`/groups/${encodeURIComponent(group.groupName)}`}
                onFollow={(event) => {
                  event.preventDefault();
                  router.push(`/groups/${encodeURIComponent(group.groupName)}`);
                }}
              >
                {group.groupName}
              </Link>
            ),
          },
          { id: 'users', header: 'Users', cell: (group) => group.users.totalCount, sortingComparator: (a, b) => a.users.totalCount - b.users.totalCount },
          { id: 'permissions', header: 'Permissions', cell: (group) => (group.attachedPolicies.length > 0 ? 'Defined' : 'Not defined') },
          { id: 'createDate', header: 'Creation time', cell: (group) => timeAgo(group.createDate, now), sortingField: 'createDate' },
        ]}
      />
    </SpaceBetween>
  );
}
