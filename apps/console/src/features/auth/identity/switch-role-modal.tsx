'use client';

import Box from '@cloudscape-design/components/box';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { switchRoleArn } from './principal';
import { SwitchRoleMutation } from './identity.documents';
import { ModalFooter } from '../../../components/modal-footer';

const ACCOUNT_ID = /^\d{12}$/;
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** AWS's Switch role form: the account that owns the role and the role's name; the session then acts as the role. */
export function SwitchRoleModal({ visible, onDismiss, onSwitched }: { visible: boolean; onDismiss: () => void; onSwitched: () => void }) {
  const [accountId, setAccountId] = useState('');
  const [roleName, setRoleName] = useState('');
  const [tried, setTried] = useState(false);
  const [result, switchRole] = useMutation(SwitchRoleMutation);
  const accountError = tried && !ACCOUNT_ID.test(accountId.trim()) ? 'Enter the 12-digit ID of the account that owns the role.' : undefined;
  const roleError = tried && !ROLE_NAME.test(roleName.trim()) ? 'Enter the name of the role, with its path if it has one.' : undefined;

  const submit = async () => {
    setTried(true);
    if (!ACCOUNT_ID.test(accountId.trim()) || !ROLE_NAME.test(roleName.trim())) return;
    const switched = await switchRole({ input: { roleArn: switchRoleArn(accountId, roleName) } });
    if (!switched.error) onSwitched();
  };

  return (
    <Modal
      visible={visible}
      onDismiss={onDismiss}
      header="Switch role"
      footer={
        <ModalFooter onCancel={onDismiss} actionLabel="Switch role" onAction={() => void submit()} loading={result.fetching} />
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Form>
          <SpaceBetween size="l">
            <Box variant="p">Act as a role in this or another account. The role&apos;s trust policy must allow you to assume it.</Box>
            {result.error && <ApiErrorFlashbar error={result.error} failedTo="switch role" />}
            <FormField label="Account ID" errorText={accountError}>
              <Input value={accountId} inputMode="numeric" onChange={({ detail }) => setAccountId(detail.value)} />
            </FormField>
            <FormField label="IAM role name" errorText={roleError}>
              <Input value={roleName} onChange={({ detail }) => setRoleName(detail.value)} />
            </FormField>
          </SpaceBetween>
        </Form>
      </form>
    </Modal>
  );
}
