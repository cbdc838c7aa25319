'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { formatDateTime } from '../../../components/time/time-ago';
import { DeletePolicyModal } from '../delete-policy/delete-policy-modal';
import { GetPolicyQuery } from '../policies.documents';
import { policyDetailsHref, policyType, policyUsedAs } from '../policies-table/policy-row';
import { policyDetailTab, type PolicyDetailTab } from './policy-details';
import { EntitiesAttachedTab } from './tabs/entities-attached-tab';
import { PermissionsTab } from './tabs/permissions-tab';
import { TagsTab } from './tabs/tags-tab';
import { VersionsTab } from './tabs/versions-tab';

/** A managed policy: summary, then Permissions, Entities attached, Policy versions and Tags; the tab is kept in ?tab=. */
export function PolicyDetailsPage({ policyArn }: { policyArn: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tab = policyDetailTab(searchParams.get('tab'));
  const [{ data, error }, reexecute] = useQuery({ query: GetPolicyQuery, variables: { policyArn } });
  const policy = data?.getPolicy;
  const [deleteVisible, setDeleteVisible] = useState(false);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'Policies', href: '/policies' },
      { text: policy?.policyName ?? policyArn.slice(policyArn.lastIndexOf('/') + 1), href: policyDetailsHref(policyArn) },
    ],
    [policy?.policyName, policyArn],
  );
  usePageBreadcrumbs(breadcrumbs);

  if (error) return <ApiErrorFlashbar error={error} failedTo="load the policy" />;
  if (!policy) return <Spinner size="large" />;
  // AWS managed policies belong to AWS: no Delete, no tags.
  const customerManaged = policyType(policy.arn) === 'Customer managed';

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={policy.description ?? undefined}
          actions={customerManaged && <Button onClick={() => setDeleteVisible(true)}>Delete</Button>}
        >
          {policy.policyName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Policy details</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Type', value: policyType(policy.arn) },
              { label: 'Creation time', value: formatDateTime(policy.createDate) },
              { label: 'Edited time', value: formatDateTime(policy.updateDate) },
              { label: 'ARN', value: policy.arn },
              { label: 'Used as', value: policyUsedAs(policy) },
              { label: 'Default version', value: policy.defaultVersionId },
            ]}
          />
        </Container>
        <Tabs
          // An AWS managed policy has no Tags tab: ?tab=tags opens its permissions.
          activeTabId={tab === 'tags' && !customerManaged ? 'permissions' : tab}
          onChange={({ detail }) => router.replace(`${pathname}?tab=${detail.activeTabId as PolicyDetailTab}`, { scroll: false })}
          tabs={[
            { id: 'permissions', label: 'Permissions', content: <PermissionsTab policy={policy} /> },
            { id: 'entities-attached', label: 'Entities attached', content: <EntitiesAttachedTab policy={policy} onChanged={refresh} /> },
            { id: 'versions', label: 'Policy versions', content: <VersionsTab policy={policy} onChanged={refresh} /> },
            ...(customerManaged ? [{ id: 'tags', label: 'Tags', content: <TagsTab key={JSON.stringify(policy.tags)} policy={policy} onSaved={refresh} /> }] : []),
          ]}
        />
      </SpaceBetween>
      <DeletePolicyModal policy={deleteVisible ? policy : null} onDismiss={() => setDeleteVisible(false)} onDeleted={() => router.push('/policies')} />
    </ContentLayout>
  );
}
