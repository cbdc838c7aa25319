// The Users table as the IAM console lays it out: columns and default preferences.
import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import { daysBetween, formatDateTime, timeAgo } from '../../components/time/time-ago';
import { AccessKeyIdsCell } from './access-key-ids-cell';
import type { UserCredentials } from './user-credentials';
import type { UserRow } from './user-row';

/** What a credential column shows while the report is loading or was refused. */
const UNKNOWN = '-';

function ageInDays(time: string | undefined, now: Date, none: string): string {
  if (!time) return none;
  const days = daysBetween(time, now);
  return days === 1 ? '1 day' : `${days} days`;
}


/**
 * `credentials` are the users' credentials from the credential report (undefined until it answers, or when it is
 * refused): the MFA, password and access key columns read them.
 */
export function userColumns(
  now: Date,
  onOpen: (userName: string) => void,
  credentials?: ReadonlyMap<string, UserCredentials>,
): TableProps.ColumnDefinition<UserRow>[] {
  const of = (user: UserRow) => credentials?.get(user.userName);
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
      id: 'mfa',
      header: 'MFA',
      cell: (user) => (credentials ? (of(user)?.mfaActive ? 'Virtual' : 'None') : UNKNOWN),
    },
    {
      id: 'passwordAge',
      header: 'Password age',
      cell: (user) => (credentials ? ageInDays(of(user)?.passwordLastChanged, now, 'None') : UNKNOWN),
      sortingComparator: (a, b) => (of(b)?.passwordLastChanged ?? '').localeCompare(of(a)?.passwordLastChanged ?? ''),
    },
    {
      id: 'consoleLastSignIn',
      header: 'Console last sign-in',
      cell: (user) => (user.passwordLastUsed ? formatDateTime(user.passwordLastUsed) : 'Never'),
      sortingComparator: (a, b) => (a.passwordLastUsed ?? '').localeCompare(b.passwordLastUsed ?? ''),
    },
    { id: 'accessKeyId', header: 'Access key ID', cell: (user) => <AccessKeyIdsCell userName={user.userName} /> },
    {
      id: 'activeKeyAge',
      header: 'Active key age',
      cell: (user) => (credentials ? ageInDays(of(user)?.oldestActiveKeyCreated, now, '-') : UNKNOWN),
      sortingComparator: (a, b) => (of(b)?.oldestActiveKeyCreated ?? '').localeCompare(of(a)?.oldestActiveKeyCreated ?? ''),
    },
    {
      id: 'accessKeyLastUsed',
      header: 'Access key last used',
      cell: (user) => (credentials ? (of(user)?.accessKeyLastUsed ? timeAgo(of(user)!.accessKeyLastUsed, now) : 'Never') : UNKNOWN),
      sortingComparator: (a, b) => (of(a)?.accessKeyLastUsed ?? '').localeCompare(of(b)?.accessKeyLastUsed ?? ''),
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
    { id: 'mfa', visible: true },
    { id: 'passwordAge', visible: true },
    { id: 'consoleLastSignIn', visible: false },
    { id: 'accessKeyId', visible: false },
    { id: 'activeKeyAge', visible: true },
    { id: 'accessKeyLastUsed', visible: false },
    { id: 'arn', visible: false },
    { id: 'creationTime', visible: true },
  ],
};

export const usersContentDisplayOptions: CollectionPreferencesProps.ContentDisplayOption[] = [
  { id: 'userName', label: 'User name', alwaysVisible: true },
  { id: 'path', label: 'Path' },
  { id: 'groups', label: 'Groups' },
  { id: 'lastActivity', label: 'Last activity' },
  { id: 'mfa', label: 'MFA' },
  { id: 'passwordAge', label: 'Password age' },
  { id: 'consoleLastSignIn', label: 'Console last sign-in' },
  { id: 'accessKeyId', label: 'Access key ID' },
  { id: 'activeKeyAge', label: 'Active key age' },
  { id: 'accessKeyLastUsed', label: 'Access key last used' },
  { id: 'arn', label: 'ARN' },
  { id: 'creationTime', label: 'Creation time' },
];

export const usersPageSizeOptions: CollectionPreferencesProps.PageSizeOption[] = [
  { value: 10, label: '10 users' },
  { value: 20, label: '20 users' },
  { value: 50, label: '50 users' },
  { value: 100, label: '100 users' },
];
