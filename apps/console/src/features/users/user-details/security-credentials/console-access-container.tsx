'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { formatDateTime } from '../../../../components/time/time-ago';
import { generatePassword } from '../../create-user-wizard/generate-password';
import { CreateLoginProfileMutation, DeleteLoginProfileMutation, LoginProfileQuery, UpdateLoginProfileMutation } from '../../users.documents';

/** Console sign-in: whether the user has a password, when it was last used; enable, reset or disable it. */
export function ConsoleAccessContainer({ userName, passwordLastUsed }: { userName: string; passwordLastUsed: string | null | undefined }) {
  const client = useClient();
  const [profile, refresh] = useQuery({ query: LoginProfileQuery, variables: { userName } });
  const [newPassword, setNewPassword] = useState<string | undefined>();
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  const noProfile = profile.error?.graphQLErrors[0]?.extensions?.code === 'NoSuchEntity';
  const enabled = Boolean(profile.data);

  const run = async (action: 'enable' | 'reset' | 'disable') => {
    setBusy(true);
    setError(undefined);
    const password = action === 'disable' ? undefined : generatePassword();
    const result =
      action === 'enable'
        ? await client.mutation(CreateLoginProfileMutation, { input: { userName, password: password!, passwordResetRequired: true } }).toPromise()
        : action === 'reset'
          ? await client.mutation(UpdateLoginProfileMutation, { input: { userName, password, passwordResetRequired: true } }).toPromise()
          : await client.mutation(DeleteLoginProfileMutation, { input: { userName } }).toPromise();
    setBusy(false);
    if (result.error) return setError(result.error);
    setNewPassword(password);
    refresh({ requestPolicy: 'network-only' });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            enabled ? (
              <ButtonDropdown
                loading={busy}
                items={[
                  { id: 'reset', text: 'Reset password' },
                  { id: 'disable', text: 'Disable console access' },
                ]}
                onItemClick={({ detail }) => void run(detail.id as 'reset' | 'disable')}
              >
                Manage console access
              </ButtonDropdown>
            ) : (
              <Button loading={busy} disabled={profile.fetching} onClick={() => void run('enable')}>
                Enable console access
              </Button>
            )
          }
        >
          Console sign-in
        </Header>
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo="change console access" />}
        {profile.error && !noProfile && <ApiErrorFlashbar error={profile.error} failedTo="read console access" />}
        <KeyValuePairs
          columns={3}
          items={[
            {
              label: 'Console access',
              value: profile.fetching ? <StatusIndicator type="loading">Loading</StatusIndicator> : enabled ? <StatusIndicator>Enabled</StatusIndicator> : <StatusIndicator type="stopped">Disabled</StatusIndicator>,
            },
            { label: 'Last console sign-in', value: passwordLastUsed ? formatDateTime(passwordLastUsed) : 'Never' },
            { label: 'Password created', value: profile.data ? formatDateTime(profile.data.getLoginProfile.createDate) : '-' },
          ]}
        />
      </SpaceBetween>
      <Modal
        visible={newPassword !== undefined}
        onDismiss={() => setNewPassword(undefined)}
        header="Console password"
        footer={
          <Box float="right">
            <Button variant="primary" onClick={() => setNewPassword(undefined)}>
              Close
            </Button>
          </Box>
        }
      >
        <SpaceBetween size="s">
          <Box variant="p">This is the only time that you can view this password. The user must choose a new one at the next sign-in.</Box>
          <Box variant="code">{newPassword}</Box>
        </SpaceBetween>
      </Modal>
    </Container>
  );
}
