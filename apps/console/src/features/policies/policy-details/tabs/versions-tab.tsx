'use client';

import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../../../components/console-layout/notifications';
import { formatDateTime } from '../../../../components/time/time-ago';
import { DeletePolicyVersionMutation, ListPolicyVersionsQuery, SetDefaultPolicyVersionMutation } from '../../policies.documents';
import { policyType } from '../../policies-table/policy-row';
import { MAX_POLICY_VERSIONS, type PolicyDetails } from '../policy-details';

/** Policy versions: which one is in force, set another as default, delete one that is not. */
export function VersionsTab({ policy, onChanged }: { policy: PolicyDetails; onChanged: () => void }) {
  const { notify } = useNotifications();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ListPolicyVersionsQuery, variables: { policyArn: policy.arn } });
  const [selectedVersionId, setSelectedVersionId] = useState<string | null>(null);
  const [changeError, setChangeError] = useState<CombinedError | undefined>();
  const [{ fetching: settingDefault }, setDefault] = useMutation(SetDefaultPolicyVersionMutation);
  const [{ fetching: deleting }, deleteVersion] = useMutation(DeletePolicyVersionMutation);
  const versions = data?.listPolicyVersions.edges.map((edge) => edge.node) ?? [];
  const selected = versions.find((v) => v.versionId === selectedVersionId);
  const editable = policyType(policy.arn) === 'Customer managed';

  const run = async (change: 'set-default' | 'delete', versionId: string) => {
    const input = { policyArn: policy.arn, versionId };
    const result = change === 'set-default' ? await setDefault({ input }) : await deleteVersion({ input });
    setChangeError(result.error);
    if (result.error) return;
    notify({ type: 'success', content: change === 'set-default' ? `Version ${versionId} is now the default.` : `Version ${versionId} deleted.` });
    setSelectedVersionId(null);
    reexecute({ requestPolicy: 'network-only' });
    onChanged();
  };

  return (
    <SpaceBetween size="m">
      {error && <ApiErrorFlashbar error={error} failedTo="list the policy versions" />}
      {changeError && <ApiErrorFlashbar error={changeError} failedTo="change the policy versions" />}
      <Table
        variant="container"
        items={versions}
        trackBy="versionId"
        loading={fetching && !data}
        loadingText="Loading versions"
        selectionType={editable ? 'single' : undefined}
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelectedVersionId(detail.selectedItems[0]?.versionId ?? null)}
        ariaLabels={{ itemSelectionLabel: (_, version) => `Select version ${version.versionId}`, selectionGroupLabel: 'Versions' }}
        header={
          <Header
            variant="h2"
            counter={data ? `(${versions.length})` : undefined}
            description={`A managed policy keeps up to ${MAX_POLICY_VERSIONS} versions. The default version is the one in force.`}
            actions={
              editable && (
                <SpaceBetween direction="horizontal" size="xs">
                  <Button disabled={!selected || selected.isDefaultVersion} loading={deleting} onClick={() => selected && void run('delete', selected.versionId)}>
                    Delete
                  </Button>
                  <Button disabled={!selected || selected.isDefaultVersion} loading={settingDefault} onClick={() => selected && void run('set-default', selected.versionId)}>
                    Set as default
                  </Button>
                </SpaceBetween>
              )
            }
          >
            Policy versions
          </Header>
        }
        columnDefinitions={[
          {
            id: 'versionId',
            header: 'Version',
            isRowHeader: true,
            cell: (version) => (
              <SpaceBetween direction="horizontal" size="xs">
                <span>{version.versionId}</span>
                {version.isDefaultVersion && <Badge color="blue">Default</Badge>}
              </SpaceBetween>
            ),
          },
          { id: 'createDate', header: 'Creation time', cell: (version) => formatDateTime(version.createDate) },
        ]}
        empty={<Box textAlign="center">No versions</Box>}
      />
    </SpaceBetween>
  );
}
