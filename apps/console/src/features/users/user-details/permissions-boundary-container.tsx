'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../../components/console-layout/notifications';
import { DeleteUserPermissionsBoundaryMutation, PutUserPermissionsBoundaryMutation } from '../../identity-permissions/identity-permissions.documents';
import { PermissionsBoundarySelect } from '../../identity-permissions/permissions-boundary-select';
import { ModalFooter } from '../../../components/modal-footer';

/**
 * The user's permissions boundary: set or change it (PutUserPermissionsBoundary) and remove it
 * (DeleteUserPermissionsBoundary). Both return the user, so urql refreshes the page's user query by itself.
 */
export function PermissionsBoundaryContainer({ userName, permissionsBoundaryArn }: { userName: string; permissionsBoundaryArn: string | undefined }) {
  const { notify } = useNotifications();
  const [put, putBoundary] = useMutation(PutUserPermissionsBoundaryMutation);
  const [deleted, deleteBoundary] = useMutation(DeleteUserPermissionsBoundaryMutation);
  const [editing, setEditing] = useState(false);
  const [policyArn, setPolicyArn] = useState<string | null>(null);

  const close = () => {
    setEditing(false);
    setPolicyArn(null);
  };
  const save = async () => {
    if (!policyArn) return;
    const outcome = await putBoundary({ input: { userName, permissionsBoundary: policyArn } });
    if (outcome.error) return;
    notify({ type: 'success', content: `Permissions boundary of ${userName} set.` });
    close();
  };
  const remove = async () => {
    const outcome = await deleteBoundary({ input: { userName } });
    if (!outcome.error) notify({ type: 'success', content: `Permissions boundary of ${userName} removed.` });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Set a managed policy that controls the maximum permissions this user can have."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {permissionsBoundaryArn && (
                <Button loading={deleted.fetching} onClick={() => void remove()}>
                  Remove boundary
                </Button>
              )}
              <Button onClick={() => setEditing(true)}>{permissionsBoundaryArn ? 'Change boundary' : 'Set boundary'}</Button>
            </SpaceBetween>
          }
        >
          Permissions boundary
        </Header>
      }
    >
      <SpaceBetween size="m">
        {deleted.error && <ApiErrorFlashbar error={deleted.error} failedTo={`remove the permissions boundary of ${userName}`} />}
        <KeyValuePairs items={[{ label: 'Permissions boundary', value: permissionsBoundaryArn ?? 'Permissions boundary (not set)' }]} />
      </SpaceBetween>
      <Modal
        visible={editing}
        onDismiss={close}
        header={`Set permissions boundary for ${userName}`}
        footer={
          <ModalFooter onCancel={close} actionLabel="Set boundary" onAction={() => void save()} loading={put.fetching} disabled={!policyArn} />
        }
      >
        <SpaceBetween size="m">
          {put.error && <ApiErrorFlashbar error={put.error} failedTo={`set the permissions boundary of ${userName}`} />}
          {editing && <PermissionsBoundarySelect policyArn={policyArn ?? permissionsBoundaryArn ?? null} onChange={setPolicyArn} />}
        </SpaceBetween>
      </Modal>
    </Container>
  );
}
