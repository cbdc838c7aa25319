'use client';

import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { ListGroupsQuery } from '../../groups/groups.documents';
import { AddUserToGroupMutation } from '../users.documents';
import { ModalFooter } from '../../../components/modal-footer';

/** "Add user to groups", from the Groups tab and from the Permissions tab's "Add permissions". */
export function AddToGroupsModal({ userName, memberOf, visible, onDismiss }: { userName: string; memberOf: readonly string[]; visible: boolean; onDismiss: () => void }) {
  const client = useClient();
  const [groups] = useQuery({ query: ListGroupsQuery, pause: !visible });
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const options = (groups.data?.listGroups.edges ?? [])
    .map((edge) => edge.node.groupName)
    .filter((groupName) => !memberOf.includes(groupName))
    .map((groupName) => ({ value: groupName, label: groupName }));

  const add = async () => {
    setAdding(true);
    setError(undefined);
    for (const groupName of selected) {
      const added = await client.mutation(AddUserToGroupMutation, { input: { userName, groupName } }).toPromise();
      if (added.error) {
        setError(added.error);
        setAdding(false);
        return;
      }
    }
    setAdding(false);
    setSelected([]);
    onDismiss();
  };

  return (
    <Modal
      visible={visible}
      onDismiss={onDismiss}
      header={`Add ${userName} to groups`}
      footer={
        <ModalFooter onCancel={onDismiss} actionLabel="Add to groups" onAction={() => void add()} loading={adding} disabled={selected.length === 0} />
      }
    >
      <SpaceBetween size="m">
        {(groups.error ?? error) && <ApiErrorFlashbar error={(groups.error ?? error)!} failedTo="add the user to groups" />}
        <FormField label="User groups">
          <Multiselect
            options={options}
            selectedOptions={options.filter((option) => selected.includes(option.value))}
            onChange={({ detail }) => setSelected(detail.selectedOptions.map((option) => option.value!))}
            placeholder="Choose groups"
            statusType={groups.fetching ? 'loading' : 'finished'}
            loadingText="Loading groups"
            empty="No other groups"
            filteringType="auto"
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
