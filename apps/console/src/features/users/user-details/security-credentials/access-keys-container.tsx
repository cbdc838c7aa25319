'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { PermissionLimit } from '../../../../components/api-error/permission-limit';
import { downloadTextFile } from '../../../../components/download/download-text-file';
import { formatDateTime, timeAgo } from '../../../../components/time/time-ago';
import { accessKeyCsv } from '../../credentials-csv';
import { AccessKeyLastUsedQuery, AccessKeysQuery, CreateAccessKeyMutation, DeleteAccessKeyMutation, UpdateAccessKeyMutation } from '../../users.documents';
import { ModalFooter } from '../../../../components/modal-footer';

type AccessKey = { accessKeyId: string; status: 'Active' | 'Inactive'; createDate: string };
type CreatedAccessKey = { accessKeyId: string; secretAccessKey: string };

function LastUsed({ accessKeyId }: { accessKeyId: string }) {
  const [result] = useQuery({ query: AccessKeyLastUsedQuery, variables: { accessKeyId } });
  if (result.fetching) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  const lastUsed = result.data?.getAccessKeyLastUsed.accessKeyLastUsed;
  if (!lastUsed?.lastUsedDate) return <>Never</>;
  return (
    <>
      {timeAgo(lastUsed.lastUsedDate, new Date())} ({lastUsed.serviceName} in {lastUsed.region})
    </>
  );
}

/** The secret access key, shown once, with AWS's `<user>_accessKeys.csv` (`rootkey.csv` for the root user). */
function CreatedAccessKeyModal({ userName, accessKey, onDismiss }: { userName: string | undefined; accessKey: CreatedAccessKey; onDismiss: () => void }) {
  const [secretVisible, setSecretVisible] = useState(false);
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      size="medium"
      header="Retrieve access keys"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="download" onClick={() => downloadTextFile(userName ? `${userName}_accessKeys.csv` : 'rootkey.csv', accessKeyCsv(accessKey.accessKeyId, accessKey.secretAccessKey))}>
              Download .csv file
            </Button>
            <Button variant="primary" onClick={onDismiss}>
              Done
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="warning">This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later.</Alert>
        <KeyValuePairs
          columns={2}
          items={[
            { label: 'Access key', value: <Box variant="code">{accessKey.accessKeyId}</Box> },
            {
              label: 'Secret access key',
              value: (
                <SpaceBetween direction="horizontal" size="xs">
                  <Box variant="code" data-testid="secret-access-key">
                    {secretVisible ? accessKey.secretAccessKey : '*'.repeat(accessKey.secretAccessKey.length)}
                  </Box>
                  <Button variant="inline-link" onClick={() => setSecretVisible((visible) => !visible)}>
                    {secretVisible ? 'Hide' : 'Show'}
                  </Button>
                </SpaceBetween>
              ),
            },
          ]}
        />
      </SpaceBetween>
    </Modal>
  );
}

/** AWS asks for the access key ID itself before deleting a key. */
function DeleteAccessKeyModal({ accessKeyId, deleting, onDelete, onDismiss }: { accessKeyId: string; deleting: boolean; onDelete: () => void; onDismiss: () => void }) {
  const [typed, setTyped] = useState('');
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={`Delete ${accessKeyId}?`}
      footer={
        <ModalFooter onCancel={onDismiss} actionLabel="Delete" onAction={onDelete} loading={deleting} disabled={typed !== accessKeyId} />
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">Applications that sign requests with this key will stop working. Deleting an access key can&apos;t be undone.</Box>
        <FormField label="To confirm deletion, enter the access key ID in the text input field.">
          <Input value={typed} placeholder={accessKeyId} ariaLabel="Access key ID to confirm deletion" onChange={({ detail }) => setTyped(detail.value)} />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}

/** AWS: a user (or the root user) can have two access keys at a time. */
const ACCESS_KEYS_QUOTA = 2;

/**
 * Access keys of a user, or of the caller (the root user's own) when `userName` is absent: create, deactivate or
 * activate, delete, and when each was last used. A refused list or change says which action was refused.
 */
export function AccessKeysContainer({ userName }: { userName?: string }) {
  const client = useClient();
  const [keys, refresh] = useQuery({ query: AccessKeysQuery, variables: { userName } });
  const [selected, setSelected] = useState<AccessKey[]>([]);
  const [created, setCreated] = useState<CreatedAccessKey | undefined>();
  const [deleteVisible, setDeleteVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const rows = keys.data?.listAccessKeys.edges.map((edge) => edge.node) ?? [];
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const key = selected[0];

  const change = async (run: () => Promise<{ error?: CombinedError }>) => {
    setBusy(true);
    setError(undefined);
    const result = await run();
    setBusy(false);
    setError(result.error);
    reload();
    return result;
  };
  const create = () =>
    change(async () => {
      const result = await client.mutation(CreateAccessKeyMutation, { input: { userName } }).toPromise();
      if (result.data) setCreated(result.data.createAccessKey);
      return result;
    });
  const setStatus = (status: 'Active' | 'Inactive') =>
    key && change(() => client.mutation(UpdateAccessKeyMutation, { input: { userName, accessKeyId: key.accessKeyId, status } }).toPromise());
  const remove = async () => {
    if (!key) return;
    await change(() => client.mutation(DeleteAccessKeyMutation, { input: { userName, accessKeyId: key.accessKeyId } }).toPromise());
    setDeleteVisible(false);
    setSelected([]);
  };

  return (
    <SpaceBetween size="s">
      {keys.error && <PermissionLimit error={keys.error} failedTo="list access keys" cannot="the access keys can't be listed, deactivated or deleted here" />}
      {error && <ApiErrorFlashbar error={error} failedTo="change access keys" />}
      <Table<AccessKey>
        items={rows}
        loading={keys.fetching && !keys.data}
        loadingText="Loading access keys"
        selectionType="single"
        trackBy="accessKeyId"
        selectedItems={selected.filter((item) => rows.some((row) => row.accessKeyId === item.accessKeyId))}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{ itemSelectionLabel: (_, item) => `Select ${item.accessKeyId}`, allItemsSelectionLabel: () => 'Select all', selectionGroupLabel: 'Access keys' }}
        header={
          <Header
            counter={`(${rows.length})`}
            description={`Use access keys to send signed requests to the API. You can have ${ACCESS_KEYS_QUOTA} access keys at a time.`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!key} loading={busy} onClick={() => void setStatus(key?.status === 'Active' ? 'Inactive' : 'Active')}>
                  {key?.status === 'Inactive' ? 'Activate' : 'Deactivate'}
                </Button>
                <Button disabled={!key} onClick={() => setDeleteVisible(true)}>
                  Delete
                </Button>
                <Button
                  onClick={() => void create()}
                  disabled={busy || rows.length >= ACCESS_KEYS_QUOTA}
                  disabledReason={rows.length >= ACCESS_KEYS_QUOTA ? `You can have at most ${ACCESS_KEYS_QUOTA} access keys. Delete one to create another.` : undefined}
                >
                  Create access key
                </Button>
              </SpaceBetween>
            }
          >
            Access keys
          </Header>
        }
        columnDefinitions={[
          { id: 'accessKeyId', header: 'Access key ID', cell: (item) => item.accessKeyId, isRowHeader: true },
          { id: 'status', header: 'Status', cell: (item) => <StatusIndicator type={item.status === 'Active' ? 'success' : 'stopped'}>{item.status}</StatusIndicator> },
          { id: 'createDate', header: 'Created', cell: (item) => formatDateTime(item.createDate) },
          { id: 'lastUsed', header: 'Last used', cell: (item) => <LastUsed accessKeyId={item.accessKeyId} /> },
        ]}
        empty={<Box textAlign="center">No access keys. As a best practice, avoid long-term credentials like access keys.</Box>}
      />
      {created && <CreatedAccessKeyModal userName={userName} accessKey={created} onDismiss={() => setCreated(undefined)} />}
      {deleteVisible && key && <DeleteAccessKeyModal accessKeyId={key.accessKeyId} deleting={busy} onDelete={() => void remove()} onDismiss={() => setDeleteVisible(false)} />}
    </SpaceBetween>
  );
}
