'use client';

import { useWholeList } from '../../components/lists/use-whole-list';
import { ListGroupsQuery } from '../groups/groups.documents';
import { AddMembershipsModal } from './add-memberships-modal';

/** "Add user to groups", from the user's Groups tab and from the Permissions tab's "Add permissions". */
export function AddToGroupsModal({ userName, memberOf, onDismiss }: { userName: string; memberOf: readonly string[]; onDismiss: () => void }) {
  const groups = useWholeList(ListGroupsQuery, { first: 1000 }, (data) => data.listGroups);
  return (
    <AddMembershipsModal
      header={`Add ${userName} to groups`}
      candidateKind="groups"
      fieldLabel="User groups"
      candidates={{ ...groups, items: groups.items.map((group) => group.groupName) }}
      members={memberOf}
      membership={(groupName) => ({ userName, groupName })}
      actionLabel="Add to groups"
      failedTo="add the user to groups"
      onDismiss={onDismiss}
    />
  );
}
