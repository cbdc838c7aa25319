'use client';

import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { listFailure } from '../../components/lists/list-empty-state';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useWholeList } from '../../components/lists/use-whole-list';
import { DeletePolicyModal } from './delete-policy/delete-policy-modal';
import { PoliciesTable } from './policies-table/policies-table';
import { isAwsManaged } from './policies-table/policy-row';
import { ListPoliciesQuery } from './policies.documents';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Policies', href: '/policies' },
];
/** AWS's MaxItems ceiling: the table follows the cursor for the rest. */
const POLICIES_PAGE = 1000;

/** Access management → Policies: AWS managed and customer managed policies, filtered by type and text. */
export function PoliciesListPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const { items: policies, totalCount, fetching, loadingMore, error, refresh } = useWholeList(ListPoliciesQuery, { first: POLICIES_PAGE }, (data) => data.listPolicies);
  const [selectedArns, setSelectedArns] = useState<string[]>([]);
  const [deleteVisible, setDeleteVisible] = useState(false);
  const selected = policies.find((policy) => policy.arn === selectedArns[0]);
  return (
    <SpaceBetween size="m">
      {listFailure(error) && <ApiErrorFlashbar error={listFailure(error)!} failedTo="list policies" />}
      <PoliciesTable
        listError={error}
        policies={policies}
        loading={fetching && policies.length === 0}
        variant="full-page"
        selectionType="single"
        selectedArns={selectedArns}
        onSelectionChange={setSelectedArns}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={totalCount !== undefined ? `(${totalCount})` : undefined}
            description="A policy is an object in AWS that defines permissions."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh policies" loading={fetching || loadingMore} onClick={refresh} />
                {/* AWS managed policies belong to AWS: they cannot be deleted. */}
                <Button disabled={!selected || isAwsManaged(selected.arn)} onClick={() => setDeleteVisible(true)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => router.push('/policies/create')}>
                  Create policy
                </Button>
              </SpaceBetween>
            }
          >
            Policies
          </Header>
        }
      />
      <DeletePolicyModal
        policy={deleteVisible && selected ? selected : null}
        onDismiss={() => setDeleteVisible(false)}
        onDeleted={() => {
          setDeleteVisible(false);
          setSelectedArns([]);
          refresh();
        }}
      />
    </SpaceBetween>
  );
}
