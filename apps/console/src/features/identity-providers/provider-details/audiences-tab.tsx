'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { AddClientIdToOpenIdConnectProviderMutation, RemoveClientIdFromOpenIdConnectProviderMutation } from '../identity-providers.documents';
import { audienceError } from '../provider-rules';

/** The provider's audiences (client IDs): added with AddClientIDToOpenIDConnectProvider, removed with Remove…. */
export function AudiencesTab({ arn, audiences, onChanged }: { arn: string; audiences: readonly string[]; onChanged: () => void }) {
  const [, addClientId] = useMutation(AddClientIdToOpenIdConnectProviderMutation);
  const [, removeClientId] = useMutation(RemoveClientIdFromOpenIdConnectProviderMutation);
  const [selected, setSelected] = useState<string[]>([]);
  const [audience, setAudience] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();

  const change = async (run: () => Promise<{ error?: CombinedError }>) => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    setError(result.error);
    if (!result.error) onChanged();
  };
  const add = () => {
    setTried(true);
    if (audienceError(audience)) return;
    void change(async () => {
      const result = await addClientId({ input: { openIDConnectProviderArn: arn, clientID: audience.trim() } });
      if (!result.error) setAudience('');
      return result;
    });
  };
  const removeSelected = () =>
    void change(async () => {
      for (const clientID of selected) {
        const result = await removeClientId({ input: { openIDConnectProviderArn: arn, clientID } });
        if (result.error) return result;
      }
      setSelected([]);
      return {};
    });

  return (
    <SpaceBetween size="m">
      {error && <ApiErrorFlashbar error={error} failedTo="change the audiences" />}
      <Table
        items={audiences.map((clientID) => ({ clientID }))}
        trackBy="clientID"
        selectionType="multi"
        selectedItems={selected.map((clientID) => ({ clientID }))}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems.map((item) => item.clientID))}
        header={
          <Header
            variant="h2"
            counter={`(${audiences.length})`}
            description="Tokens must be issued to one of these client IDs (their aud claim)."
            actions={
              <Button disabled={selected.length === 0} loading={busy} onClick={removeSelected}>
                Remove
              </Button>
            }
          >
            Audiences
          </Header>
        }
        columnDefinitions={[{ id: 'clientID', header: 'Audience', cell: (item) => item.clientID, isRowHeader: true }]}
        empty="No audiences"
      />
      <Container header={<Header variant="h3">Add audience</Header>}>
        <SpaceBetween direction="horizontal" size="xs" alignItems="end">
          <FormField label="Audience" errorText={tried ? audienceError(audience) : undefined}>
            <Input value={audience} ariaLabel="New audience" placeholder="sts.amazonaws.com" onChange={({ detail }) => setAudience(detail.value)} />
          </FormField>
          <Button loading={busy} onClick={add}>
            Add audience
          </Button>
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
