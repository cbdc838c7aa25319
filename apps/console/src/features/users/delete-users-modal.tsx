'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { DeleteConfirmationModal } from '../../components/delete-confirmation-modal';
import { DeleteUserAndDependentsMutation } from './users.documents';

/**
 * Deletes the selected users one after another. Each user goes in one API transaction together with what AWS's
 * console removes first (groups, password, access keys, MFA device, inline and attached policies): a refused step
 * leaves that user exactly as it was. The first failure stops the run and is shown with its AWS code and message.
 */
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
  const [done, setDone] = useState<string[]>([]);
  const [failure, setFailure] = useState<{ userName: string; error: CombinedError } | undefined>();

  const deleteAll = async () => {
    setDeleting(true);
    setFailure(undefined);
    const deleted: string[] = [];
    setDone(deleted);
    for (const userName of userNames) {
      const result = await client.mutation(DeleteUserAndDependentsMutation, { input: { userName } }).toPromise();
      if (result.error) {
        setFailure({ userName, error: result.error });
        break;
      }
      deleted.push(userName);
      setDone([...deleted]);
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
        setDone([]);
        onDismiss();
      }}
    >
      <Box variant="p">
        Permanently delete {count === 1 ? <b>{userNames[0]}</b> : <b>{count} users</b>}? Their group memberships, console password, access keys,
        MFA device, inline policies and attached policies are removed with them. Each user is deleted completely or not at all. This can&apos;t be
        undone.
      </Box>
      {count > 1 && (
        <Alert type="info" header="Users to delete">
          {userNames.join(', ')}
        </Alert>
      )}
      {count > 1 && (deleting || done.length > 0 || failure) && (
        <ProgressBar
          label="Deleting users"
          value={(done.length / count) * 100}
          additionalInfo={`${done.length} of ${count} deleted`}
          status={failure ? 'error' : deleting ? 'in-progress' : 'success'}
          resultText={`${done.length} of ${count} deleted`}
        />
      )}
      {failure && (
        <>
          <ApiErrorFlashbar error={failure.error} failedTo={`delete ${failure.userName}`} />
          <Box variant="p" data-testid="delete-user-unchanged">
            Nothing was changed for {failure.userName}: its groups, credentials and policies are all still in place.
          </Box>
        </>
      )}
    </DeleteConfirmationModal>
  );
}
