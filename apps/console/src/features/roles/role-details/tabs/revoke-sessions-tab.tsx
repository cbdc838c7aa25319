'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../../../components/console-layout/notifications';
import { RevokeRoleSessionsMutation } from '../../roles.documents';
import type { RoleDetails } from '../role-details';
import { ModalFooter } from '../../../../components/modal-footer';

/** AWS's "Revoke active sessions": every credential issued for the role so far stops working at once. */
export function RevokeSessionsTab({ role }: { role: RoleDetails }) {
  const { notify } = useNotifications();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, revoke] = useMutation(RevokeRoleSessionsMutation);

  const confirm = async () => {
    const result = await revoke({ input: { roleName: role.roleName } });
    if (result.error) return;
    setConfirming(false);
    const count = result.data?.revokeRoleSessions ?? 0;
    notify({ type: 'success', content: `Revoked ${count} active ${count === 1 ? 'session' : 'sessions'} of ${role.roleName}.` });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Immediately deny all permissions to any current session of this role that was created before now. New sessions are not affected."
          actions={<Button onClick={() => setConfirming(true)}>Revoke active sessions</Button>}
        >
          Revoke sessions
        </Header>
      }
    >
      <Box>Use this when credentials of the role may have been exposed: sessions started before the revocation are refused from then on.</Box>
      <Modal
        visible={confirming}
        onDismiss={() => setConfirming(false)}
        header="Revoke active sessions?"
        footer={
          <ModalFooter onCancel={() => setConfirming(false)} actionLabel="Revoke active sessions" onAction={() => void confirm()} loading={fetching} />
        }
      >
        <SpaceBetween size="m">
          {error && <ApiErrorFlashbar error={error} failedTo={`revoke the sessions of ${role.roleName}`} />}
          <Box>Every session of {role.roleName} issued before now will be denied all permissions. This cannot be undone.</Box>
        </SpaceBetween>
      </Modal>
    </Container>
  );
}
