'use client';

import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import type { WholeList } from '../../components/lists/use-whole-list';
import { ModalFooter } from '../../components/modal-footer';
import { AddUserToGroupMutation } from '../users/users.documents';

/**
 * Group membership added from either side, as in AWS's console: a user to groups, or users to a group. The names to
 * pick are every candidate that is not a member yet; each pick is one AddUserToGroup, in order, stopping at the first
 * error. Mounted while open, so the candidates are read when it opens.
 */
export function AddMembershipsModal({
  header,
  candidateKind,
  fieldLabel,
  candidates,
  members,
  membership,
  actionLabel,
  failedTo,
  onDismiss,
}: {
  header: string;
  /** `users` or `groups`: the picker's placeholder, loading and empty texts. */
  candidateKind: string;
  fieldLabel: string;
  candidates: WholeList<string>;
  members: readonly string[];
  /** The AddUserToGroup input for a picked name. */
  membership: (name: string) => { userName: string; groupName: string };
  actionLabel: string;
  failedTo: string;
  onDismiss: () => void;
}) {
  const client = useClient();
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const options = candidates.items.filter((name) => !members.includes(name)).map((name) => ({ value: name, label: name }));

  const add = async () => {
    setAdding(true);
    setError(undefined);
    for (const name of selected) {
      const added = await client.mutation(AddUserToGroupMutation, { input: membership(name) }).toPromise();
      if (added.error) {
        setAdding(false);
        return setError(added.error);
      }
    }
    setAdding(false);
    onDismiss();
  };

  const shownError = candidates.error ?? error;
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={header}
      footer={<ModalFooter onCancel={onDismiss} actionLabel={actionLabel} onAction={() => void add()} loading={adding} disabled={selected.length === 0} />}
    >
      <SpaceBetween size="m">
        {shownError && <ApiErrorFlashbar error={shownError} failedTo={failedTo} />}
        <FormField label={fieldLabel}>
          <Multiselect
            options={options}
            selectedOptions={options.filter((option) => selected.includes(option.value))}
            onChange={({ detail }) => setSelected(detail.selectedOptions.map((option) => option.value!))}
            placeholder={`Choose ${candidateKind}`}
            filteringType="auto"
            statusType={candidates.fetching || candidates.loadingMore ? 'loading' : 'finished'}
            loadingText={`Loading ${candidateKind}`}
            empty={`No other ${candidateKind}`}
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
