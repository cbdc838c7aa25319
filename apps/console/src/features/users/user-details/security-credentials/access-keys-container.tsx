'use client';

import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
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
import { AccessKeyLastUsedQuery, AccessKeysQuery, CreateAccessKeyMutation, DeleteAccessKeyMutation, TagUserMutation, UpdateAccessKeyMutation } from '../../users.documents';
import { ACCESS_KEY_USE_CASES, accessKeyDescriptionError, MAX_ACCESS_KEY_DESCRIPTION, type AccessKeyUseCase } from './access-key-use-cases';
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

/**
 * AWS's Create access key: the use case (with the alternative AWS recommends), an optional description (a tag on the
 * user keyed by the access key ID; the root user has no tags), then the key, its secret shown once, with copy buttons
 * and AWS's `<user>_accessKeys.csv` (`rootkey.csv` for the root user).
 */
function CreateAccessKeyModal({ userName, onDismiss, onCreated }: { userName: string | undefined; onDismiss: () => void; onCreated: () => void }) {
  const client = useClient();
  const [step, setStep] = useState<'use-case' | 'description' | 'retrieve'>('use-case');
  const [useCase, setUseCase] = useState<AccessKeyUseCase['id'] | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const [accessKey, setAccessKey] = useState<CreatedAccessKey | undefined>();
  const [secretVisible, setSecretVisible] = useState(false);
  const chosen = ACCESS_KEY_USE_CASES.find((candidate) => candidate.id === useCase);
  const descriptionError = accessKeyDescriptionError(description);

  const next = () => {
    setTried(true);
    if (!chosen || !understood) return;
    setTried(false);
    setStep('description');
  };
  const create = async () => {
    if (descriptionError) return;
    setBusy(true);
    setError(undefined);
    const created = await client.mutation(CreateAccessKeyMutation, { input: { userName } }).toPromise();
    const key = created.data?.createAccessKey;
    // AWS's description tag: the key's ID as the tag key, the description as its value.
    const tagged =
      key && userName && description.trim() !== ''
        ? await client.mutation(TagUserMutation, { input: { userName, tags: [{ key: key.accessKeyId, value: description.trim() }] } }).toPromise()
        : undefined;
    setBusy(false);
    setError(created.error ?? tagged?.error);
    if (!key) return;
    setAccessKey(key);
    setStep('retrieve');
    onCreated();
  };
  const csvName = userName ? `${userName}_accessKeys.csv` : 'rootkey.csv';

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      size="medium"
      header={step === 'retrieve' ? 'Retrieve access keys' : step === 'use-case' ? 'Access key best practices & alternatives' : 'Set description tag - optional'}
      footer={
        step === 'retrieve' && accessKey ? (
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="download" onClick={() => downloadTextFile(csvName, accessKeyCsv(accessKey.accessKeyId, accessKey.secretAccessKey))}>
                Download .csv file
              </Button>
              <Button variant="primary" onClick={onDismiss}>
                Done
              </Button>
            </SpaceBetween>
          </Box>
        ) : step === 'use-case' ? (
          <ModalFooter onCancel={onDismiss} actionLabel="Next" onAction={next} />
        ) : (
          <ModalFooter onCancel={onDismiss} actionLabel="Create access key" onAction={() => void create()} loading={busy} disabled={descriptionError !== undefined} />
        )
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo="create the access key" />}
        {step === 'use-case' && (
          <>
            <FormField label="Use case" errorText={tried && !chosen ? 'Choose a use case.' : undefined}>
              <RadioGroup
                ariaLabel="Use case"
                value={useCase}
                onChange={({ detail }) => setUseCase(detail.value as AccessKeyUseCase['id'])}
                items={ACCESS_KEY_USE_CASES.map((candidate) => ({ value: candidate.id, label: candidate.label, description: candidate.description }))}
              />
            </FormField>
            {chosen && (
              <Alert type="info" header="Alternative recommended">
                {chosen.alternative}
              </Alert>
            )}
            <FormField errorText={tried && !understood ? 'Confirm that you understand the recommendation.' : undefined}>
              <Checkbox checked={understood} onChange={({ detail }) => setUnderstood(detail.checked)}>
                I understand the above recommendation and want to proceed to create an access key.
              </Checkbox>
            </FormField>
          </>
        )}
        {step === 'description' &&
          (userName ? (
            <FormField
              label="Description tag value"
              description="Describe the purpose of this access key and where it will be used. A good description helps you rotate it confidently later."
              constraintText={`Up to ${MAX_ACCESS_KEY_DESCRIPTION} characters.`}
              errorText={descriptionError}
            >
              <Input value={description} ariaLabel="Description tag value" onChange={({ detail }) => setDescription(detail.value)} />
            </FormField>
          ) : (
            <Box variant="p">The root user has no tags: its access key gets no description.</Box>
          ))}
        {step === 'retrieve' && accessKey && (
          <>
            <Alert type="warning">This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later.</Alert>
            <KeyValuePairs
              columns={1}
              items={[
                {
                  label: 'Access key',
                  value: <CopyToClipboard variant="inline" textToCopy={accessKey.accessKeyId} copyButtonAriaLabel="Copy access key" copySuccessText="Access key copied" copyErrorText="Access key not copied" />,
                },
                {
                  label: 'Secret access key',
                  value: (
                    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                      {/* A 40-character secret wraps inside the modal rather than running past its edge. */}
                      <span data-testid="secret-access-key" style={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                        {secretVisible ? accessKey.secretAccessKey : '*'.repeat(accessKey.secretAccessKey.length)}
                      </span>
                      <CopyToClipboard
                        variant="icon"
                        textToCopy={accessKey.secretAccessKey}
                        copyButtonAriaLabel="Copy secret access key"
                        copySuccessText="Secret access key copied"
                        copyErrorText="Secret access key not copied"
                      />
                      <Button variant="inline-link" onClick={() => setSecretVisible((visible) => !visible)}>
                        {secretVisible ? 'Hide' : 'Show'}
                      </Button>
                    </SpaceBetween>
                  ),
                },
              ]}
            />
          </>
        )}
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
  const [creating, setCreating] = useState(false);
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
                  onClick={() => setCreating(true)}
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
      {creating && <CreateAccessKeyModal userName={userName} onDismiss={() => setCreating(false)} onCreated={reload} />}
      {deleteVisible && key && <DeleteAccessKeyModal accessKeyId={key.accessKeyId} deleting={busy} onDelete={() => void remove()} onDismiss={() => setDeleteVisible(false)} />}
    </SpaceBetween>
  );
}
