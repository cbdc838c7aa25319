'use client';

import { useCollection } from '@cloudscape-design/collection-hooks';
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../../../components/console-layout/notifications';
import { useFollow } from '../../../../components/navigation/use-follow';
import { formatDateTime } from '../../../../components/time/time-ago';
import { DeletePolicyVersionMutation, ListPolicyVersionSummariesQuery, SetDefaultPolicyVersionMutation } from '../../policies.documents';
import { isAwsManaged } from '../../policies-table/policy-row';
import { byVersionNumber, compareVersionsHref, policyVersionHref } from '../../policy-versions/policy-version-href';
import { MAX_POLICY_VERSIONS, type PolicyDetails } from '../policy-details';

/**
 * Policy versions: each opens its JSON; two selected are compared side by side; one selected can be set as the
 * default or, if it is not the default, deleted (customer managed policies only).
 */
export function VersionsTab({ policy, onChanged }: { policy: PolicyDetails; onChanged: () => void }) {
  const router = useRouter();
  const follow = useFollow();
  const { notify } = useNotifications();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ListPolicyVersionSummariesQuery, variables: { policyArn: policy.arn } });
  const [selectedVersionIds, setSelectedVersionIds] = useState<string[]>([]);
  const [changeError, setChangeError] = useState<CombinedError | undefined>();
  const [{ fetching: settingDefault }, setDefault] = useMutation(SetDefaultPolicyVersionMutation);
  const [{ fetching: deleting }, deleteVersion] = useMutation(DeletePolicyVersionMutation);
  const versions = data?.listPolicyVersions.edges.map((edge) => edge.node) ?? [];
  const selected = versions.filter((version) => selectedVersionIds.includes(version.versionId));
  const single = selected.length === 1 ? selected[0] : undefined;
  const editable = !isAwsManaged(policy.arn);
  // AWS managed policies keep their whole history (ReadOnlyAccess has over 150 versions): pages of 10, newest first.
  const { items, paginationProps } = useCollection(versions, { pagination: { pageSize: 10 } });

  const run = async (change: 'set-default' | 'delete', versionId: string) => {
    const input = { policyArn: policy.arn, versionId };
    const result = change === 'set-default' ? await setDefault({ input }) : await deleteVersion({ input });
    setChangeError(result.error);
    if (result.error) return;
    notify({ type: 'success', content: change === 'set-default' ? `Version ${versionId} is now the default.` : `Version ${versionId} deleted.` });
    setSelectedVersionIds([]);
    reexecute({ requestPolicy: 'network-only' });
    onChanged();
  };
  const compare = () => {
    const [older, newer] = selected.map((version) => version.versionId).sort(byVersionNumber);
    if (older && newer) router.push(compareVersionsHref(policy.arn, older, newer));
  };

  return (
    <SpaceBetween size="m">
      {error && <ApiErrorFlashbar error={error} failedTo="list the policy versions" />}
      {changeError && <ApiErrorFlashbar error={changeError} failedTo="change the policy versions" />}
      <Table
        variant="container"
        items={items}
        trackBy="versionId"
        loading={fetching && !data}
        loadingText="Loading versions"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelectedVersionIds(detail.selectedItems.map((version) => version.versionId))}
        ariaLabels={{
          itemSelectionLabel: (_, version) => `Select version ${version.versionId}`,
          allItemsSelectionLabel: () => 'Select all versions',
          selectionGroupLabel: 'Versions',
        }}
        header={
          <Header
            variant="h2"
            counter={data ? `(${versions.length})` : undefined}
            description={
              editable
                ? `A customer managed policy keeps up to ${MAX_POLICY_VERSIONS} versions. The default version is the one in force. Select two to compare them.`
                : 'AWS keeps every version of its managed policies. The default version is the one in force. Select two to compare them.'
            }
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  disabled={selected.length !== 2}
                  disabledReason={selected.length !== 2 ? 'Select exactly two versions to compare.' : undefined}
                  onClick={compare}
                >
                  Compare
                </Button>
                {editable && (
                  <>
                    <Button disabled={!single || single.isDefaultVersion} loading={deleting} onClick={() => single && void run('delete', single.versionId)}>
                      Delete
                    </Button>
                    <Button disabled={!single || single.isDefaultVersion} loading={settingDefault} onClick={() => single && void run('set-default', single.versionId)}>
                      Set as default
                    </Button>
                  </>
                )}
              </SpaceBetween>
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
                <Link href={policyVersionHref(policy.arn, version.versionId)} onFollow={follow}>
                  {version.versionId}
                </Link>
                {version.isDefaultVersion && <Badge color="blue">Default</Badge>}
              </SpaceBetween>
            ),
          },
          { id: 'createDate', header: 'Creation time', cell: (version) => formatDateTime(version.createDate) },
        ]}
        pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (page) => `Page ${page}` }} />}
        empty={<Box textAlign="center">No versions</Box>}
      />
    </SpaceBetween>
  );
}
