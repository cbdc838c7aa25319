'use client';

import { useWholeList } from '../../components/lists/use-whole-list';
import { ListUsersQuery } from '../users/users.documents';
import { AddMembershipsModal } from './add-memberships-modal';

/** "Add users" on a group's Users tab: every user of the account, not only the first page. */
export function AddUsersToGroupModal({ groupName, members, onDismiss }: { groupName: string; members: readonly string[]; onDismiss: () => void }) {
  const users = useWholeList(ListUsersQuery, { first: 1000 }, (data) => data.listUsers);
  return (
    <AddMembershipsModal
      header={`Add users to ${groupName}`}
      candidateKind="users"
      fieldLabel="Users"
      candidates={{ ...users, items: users.items.map((user) => user.userName) }}
      members={members}
      membership={(userName) => ({ userName, groupName })}
      actionLabel="Add users"
      failedTo="add users to the group"
      onDismiss={onDismiss}
    />
  );
}
