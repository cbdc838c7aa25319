'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../components/console-layout/notifications';
import { accountAliasError } from './account-alias';
import { AccountAliasesQuery, CreateAccountAliasMutation, DeleteAccountAliasMutation } from './account-settings.documents';
import { ModalFooter } from '../../components/modal-footer';

/** Account ID and alias; the alias replaces the account ID when IAM users sign in. */
export function AccountAliasContainer() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AccountAliasesQuery });
  const [editing, setEditing] = useState(false);
  const [deleteError, setDeleteError] = useState<CombinedError | undefined>();
  const [, deleteAlias] = useMutation(DeleteAccountAliasMutation);
  const { notify } = useNotifications();
  const alias = data?.listAccountAliases[0];
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const remove = async (accountAlias: string) => {
    const result = await deleteAlias({ input: { accountAlias } });
    setDeleteError(result.error);
    if (!result.error) {
      notify({ type: 'success', content: `Account alias ${accountAlias} deleted.` });
      refresh();
    }
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="An account alias substitutes for the account ID in the sign-in page of IAM users."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {alias && <Button onClick={() => void remove(alias)}>Delete</Button>}
              <Button onClick={() => setEditing(true)} disabled={!data}>
                {alias ? 'Edit' : 'Create'}
              </Button>
            </SpaceBetween>
          }
        >
          Account alias
        </Header>
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo="load the account alias" />}
        {deleteError && <ApiErrorFlashbar error={deleteError} failedTo="delete the account alias" />}
        {fetching && !data ? (
          <Spinner />
        ) : data ? (
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'Account ID', value: data.getCallerIdentity.account },
              { label: 'Account alias', value: alias ?? <Box color="text-status-inactive">None</Box> },
            ]}
          />
        ) : null}
      </SpaceBetween>
      {editing && (
        <EditAccountAliasModal
          current={alias}
          onDismiss={() => setEditing(false)}
          onSaved={(accountAlias) => {
            setEditing(false);
            notify({ type: 'success', content: `Account alias set to ${accountAlias}.` });
            refresh();
          }}
        />
      )}
    </Container>
  );
}

function EditAccountAliasModal({ current, onDismiss, onSaved }: { current?: string; onDismiss: () => void; onSaved: (alias: string) => void }) {
  const [value, setValue] = useState(current ?? '');
  const [tried, setTried] = useState(false);
  const [{ fetching, error }, createAlias] = useMutation(CreateAccountAliasMutation);
  const fieldError = tried ? accountAliasError(value) : undefined;

  const save = async () => {
    setTried(true);
    if (accountAliasError(value)) return;
    const result = await createAlias({ input: { accountAlias: value } });
    if (!result.error) onSaved(value);
  };

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={current ? 'Edit account alias' : 'Create alias'}
      footer={
        <ModalFooter onCancel={onDismiss} actionLabel="Save changes" onAction={() => void save()} loading={fetching} />
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo="save the account alias" />}
        <FormField
          label="Preferred alias"
          constraintText="3 to 63 lowercase letters, digits and hyphens. Unique across all Gatehouse accounts."
          errorText={fieldError}
        >
          <Input value={value} onChange={({ detail }) => setValue(detail.value)} onKeyDown={({ detail }) => detail.key === 'Enter' && void save()} />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
