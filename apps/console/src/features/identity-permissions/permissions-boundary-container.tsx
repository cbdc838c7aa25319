'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../components/console-layout/notifications';
import { ModalFooter } from '../../components/modal-footer';
import type { BoundaryOwnerKind } from './permission-owner';
import { PermissionsBoundarySelect } from './permissions-boundary-select';

/**
 * A user's or role's permissions boundary: set or change it (Put…PermissionsBoundary) and remove it
 * (Delete…PermissionsBoundary). `onChanged` reloads the owner, whose boundary is shown here.
 */
export function PermissionsBoundaryContainer({
  owner,
  name,
  permissionsBoundaryArn,
  onChanged,
}: {
  owner: BoundaryOwnerKind;
  name: string;
  permissionsBoundaryArn: string | undefined;
  onChanged?: () => void;
}) {
  const client = useClient();
  const { notify } = useNotifications();
  const [busy, setBusy] = useState<'put' | 'delete' | null>(null);
  const [putError, setPutError] = useState<CombinedError | undefined>();
  const [deleteError, setDeleteError] = useState<CombinedError | undefined>();
  const [editing, setEditing] = useState(false);
  const [policyArn, setPolicyArn] = useState<string | null>(null);

  const close = () => {
    setEditing(false);
    setPolicyArn(null);
    setPutError(undefined);
  };
  const save = async () => {
    if (!policyArn) return;
    setBusy('put');
    const error = await owner.putPermissionsBoundary(client, name, policyArn);
    setBusy(null);
    setPutError(error);
    if (error) return;
    notify({ type: 'success', content: `Permissions boundary of ${name} set.` });
    close();
    onChanged?.();
  };
  const remove = async () => {
    setBusy('delete');
    const error = await owner.deletePermissionsBoundary(client, name);
    setBusy(null);
    setDeleteError(error);
    if (error) return;
    notify({ type: 'success', content: `Permissions boundary of ${name} removed.` });
    onChanged?.();
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`Set a managed policy that controls the maximum permissions this ${owner.noun} can have.`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {permissionsBoundaryArn && (
                <Button loading={busy === 'delete'} onClick={() => void remove()}>
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
        {deleteError && <ApiErrorFlashbar error={deleteError} failedTo={`remove the permissions boundary of ${name}`} />}
        <KeyValuePairs items={[{ label: 'Permissions boundary', value: permissionsBoundaryArn ?? 'Permissions boundary (not set)' }]} />
      </SpaceBetween>
      <Modal
        visible={editing}
        onDismiss={close}
        header={`Set permissions boundary for ${name}`}
        footer={<ModalFooter onCancel={close} actionLabel="Set boundary" onAction={() => void save()} loading={busy === 'put'} disabled={!policyArn} />}
      >
        <SpaceBetween size="m">
          {putError && <ApiErrorFlashbar error={putError} failedTo={`set the permissions boundary of ${name}`} />}
          {editing && <PermissionsBoundarySelect policyArn={policyArn ?? permissionsBoundaryArn ?? null} onChange={setPolicyArn} />}
        </SpaceBetween>
      </Modal>
    </Container>
  );
}
