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
import { useMemo } from 'react';
import { ListEmptyState, listFailure } from '../../components/lists/list-empty-state';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useWholeList } from '../../components/lists/use-whole-list';
import { timeAgo } from '../../components/time/time-ago';
import type { ListRolesQuery } from '../../gql/graphql';
import { ListRolesQuery as ListRolesDocument } from './roles.documents';
import { roleDetailsHref } from './role-href';
import { trustedEntities } from './trusted-entities';

type RoleRow = ListRolesQuery['listRoles']['edges'][number]['node'] & { trustedEntities: string[] };

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Roles', href: '/roles' },
];
/** AWS's MaxItems ceiling: the table follows the cursor for the rest. */
const ROLES_PAGE = 1000;

/** Access management → Roles: name, trusted entities and last activity, filtered by text. */
export function RolesListPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const { items: listed, totalCount, fetching, loadingMore, error, refresh } = useWholeList(ListRolesDocument, { first: ROLES_PAGE }, (data) => data.listRoles);
  const roles = useMemo<RoleRow[]>(() => listed.map((node) => ({ ...node, trustedEntities: trustedEntities(node.assumeRolePolicyDocument) })), [listed]);
  // "Last activity" is counted from when the list arrived.
  const now = useMemo(() => (listed.length > 0 ? new Date() : new Date(0)), [listed]);

  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection(roles, {
    filtering: {
      filteringFunction: (role, text) => {
        const needle = text.trim().toLowerCase();
        return needle === '' || [role.roleName, role.arn, ...role.trustedEntities].some((field) => field.toLowerCase().includes(needle));
      },
    },
    pagination: { pageSize: 20 },
    sorting: { defaultState: { sortingColumn: { sortingField: 'roleName' } } },
  });

  return (
    <SpaceBetween size="m">
      {listFailure(error) && <ApiErrorFlashbar error={listFailure(error)!} failedTo="list roles" />}
      <Table<RoleRow>
        {...collectionProps}
        items={items}
        trackBy="roleName"
        variant="full-page"
        stickyHeader
        resizableColumns
        loading={fetching && listed.length === 0}
        loadingText="Loading roles"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={totalCount !== undefined ? `(${totalCount})` : undefined}
            description="An IAM role is an identity you can create that has specific permissions with credentials that are valid for short durations. Roles can be assumed by entities that you trust."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh roles" loading={fetching || loadingMore} onClick={refresh} />
                <Button variant="primary" onClick={() => router.push('/roles/create')}>
                  Create role
                </Button>
              </SpaceBetween>
            }
          >
            Roles
          </Header>
        }
        columnDefinitions={[
          {
            id: 'roleName',
            header: 'Role name',
            isRowHeader: true,
            sortingField: 'roleName',
            cell: (role) => (
              <Link
                href={roleDetailsHref(role.roleName)}
                onFollow={(event) => {
                  event.preventDefault();
                  router.push(roleDetailsHref(role.roleName));
                }}
              >
                {role.roleName}
              </Link>
            ),
          },
          { id: 'trustedEntities', header: 'Trusted entities', cell: (role) => role.trustedEntities.join(', ') || '-' },
          {
            id: 'lastActivity',
            header: 'Last activity',
            cell: (role) => timeAgo(role.roleLastUsed.lastUsedDate, now),
            sortingComparator: (a, b) => (a.roleLastUsed.lastUsedDate ?? '').localeCompare(b.roleLastUsed.lastUsedDate ?? ''),
          },
        ]}
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Search"
            filteringAriaLabel="Filter roles"
            countText={`${filteredItemsCount ?? 0} ${filteredItemsCount === 1 ? 'match' : 'matches'}`}
          />
        }
        pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (page) => `Page ${page}` }} />}
        empty={
          <ListEmptyState error={error} noun="roles">
            <Box textAlign="center" color="inherit">
              <SpaceBetween size="xs">
                <b>No roles</b>
                <Box variant="p" color="inherit">
                  {roles.length === 0 ? 'No roles to display.' : 'No roles match the filter.'}
                </Box>
              </SpaceBetween>
            </Box>
          </ListEmptyState>
        }
      />
    </SpaceBetween>
  );
}
