// The Users table as the IAM console lays it out: columns and default preferences.
import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import { timeAgo } from '../../components/time/time-ago';
import type { UserRow } from './user-row';


export function userColumns(now: Date, onOpen: (userName: string) => void): TableProps.ColumnDefinition<UserRow>[] {
  return [
    {
      id: 'userName',
      header: 'User name',
      cell: (user) => (
        <Link
          href={`/users/${encodeURIComponent(user.userName)}`}
          onFollow={(event) => {
            event.preventDefault();
            onOpen(user.userName);
          }}
        >
          {user.userName}
        </Link>
      ),
      sortingField: 'userName',
      isRowHeader: true,
    },
    { id: 'path', header: 'Path', cell: (user) => user.path, sortingField: 'path' },
    {
      id: 'groups',
      header: 'Groups',
      cell: (user) => user.groups.length,
      sortingComparator: (a, b) => a.groups.length - b.groups.length,
    },
    {
      id: 'lastActivity',
      header: 'Last activity',
      cell: (user) => timeAgo(user.passwordLastUsed, now),
      sortingComparator: (a, b) => (a.passwordLastUsed ?? '').localeCompare(b.passwordLastUsed ?? ''),
    },
    {
      id: 'consoleLastSignIn',
      header: 'Console last sign-in',
      cell: (user) => user.passwordLastUsed ?? '-',
      sortingComparator: (a, b) => (a.passwordLastUsed ?? '').localeCompare(b.passwordLastUsed ?? ''),
    },
    { id: 'arn', header: 'ARN', cell: (user) => user.arn, sortingField: 'arn' },
    { id: 'creationTime', header: 'Creation time', cell: (user) => timeAgo(user.createDate, now), sortingField: 'createDate' },
  ];
}

export interface UsersTablePreferences {
  pageSize: number;
  wrapLines: boolean;
  stripedRows: boolean;
  contentDisplay: readonly CollectionPreferencesProps.ContentDisplayItem[];
}

export const defaultUsersTablePreferences: UsersTablePreferences = {
  pageSize: 20,
  wrapLines: false,
  stripedRows: false,
  contentDisplay: [
    { id: 'userName', visible: true },
    { id: 'path', visible: true },
    { id: 'groups', visible: true },
    { id: 'lastActivity', visible: true },
    { id: 'consoleLastSignIn', visible: false },
    { id: 'arn', visible: false },
    { id: 'creationTime', visible: true },
  ],
};

export const usersContentDisplayOptions: CollectionPreferencesProps.ContentDisplayOption[] = [
  { id: 'userName', label: 'User name', alwaysVisible: true },
  { id: 'path', label: 'Path' },
  { id: 'groups', label: 'Groups' },
  { id: 'lastActivity', label: 'Last activity' },
  { id: 'consoleLastSignIn', label: 'Console last sign-in' },
  { id: 'arn', label: 'ARN' },
  { id: 'creationTime', label: 'Creation time' },
];

export const usersPageSizeOptions: CollectionPreferencesProps.PageSizeOption[] = [
  { value: 10, label: '10 users' },
  { value: 20, label: '20 users' },
  { value: 50, label: '50 users' },
  { value: 100, label: '100 users' },
];
