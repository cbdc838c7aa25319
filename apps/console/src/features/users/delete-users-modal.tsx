'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import { useState } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { DeleteConfirmationModal } from '../../components/delete-confirmation-modal';
import type { CombinedError } from '@urql/core';
import { deleteUser } from './delete-user';

/** Deletes the selected users one after another; the first failure stops the run and is shown with its AWS code. */
export function DeleteUsersModal({
  userNames,
  visible,
  onDismiss,
  onDeleted,
}: {
  userNames: readonly string[];
  visible: boolean;
  onDismiss: () => void;
  onDeleted: (userNames: string[]) => void;
}) {
  const client = useClient();
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<{ userName: string; error: CombinedError } | undefined>();

  const deleteAll = async () => {
    setDeleting(true);
    setFailure(undefined);
    const deleted: string[] = [];
    for (const userName of userNames) {
      const error = await deleteUser(client, userName);
      if (error) {
        setFailure({ userName, error });
        break;
      }
      deleted.push(userName);
    }
    setDeleting(false);
    if (deleted.length > 0) onDeleted(deleted);
  };

  const count = userNames.length;
  return (
    <DeleteConfirmationModal
      visible={visible}
      header={count === 1 ? `Delete ${userNames[0]}?` : `Delete ${count} users?`}
      deleting={deleting}
      onDelete={() => void deleteAll()}
      onDismiss={() => {
        setFailure(undefined);
        onDismiss();
      }}
    >
      <Box variant="p">
        Permanently delete {count === 1 ? <b>{userNames[0]}</b> : <b>{count} users</b>}? Their group memberships, console password, access keys
        and MFA devices are deleted with them. This can&apos;t be undone.
      </Box>
      {count > 1 && (
        <Alert type="info" header="Users to delete">
          {userNames.join(', ')}
        </Alert>
      )}
      {failure && <ApiErrorFlashbar error={failure.error} failedTo={`delete ${failure.userName}`} />}
    </DeleteConfirmationModal>
  );
}
