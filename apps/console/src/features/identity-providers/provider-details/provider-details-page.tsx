'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { DeleteConfirmationModal } from '../../../components/delete-confirmation-modal';
import { useTabInUrl } from '../../../components/navigation/use-tab-in-url';
import { formatDateTime } from '../../../components/time/time-ago';
import { DeleteOpenIdConnectProviderMutation, GetOpenIdConnectProviderQuery, LIST_CONTEXT } from '../identity-providers.documents';
import { providerDetailsHref } from '../provider-href';
import { AudiencesTab } from './audiences-tab';
import { ProviderTagsTab } from './provider-tags-tab';
import { TrustingRolesTab } from './trusting-roles-tab';

const TABS = ['audiences', 'roles', 'tags'] as const;

/** An OpenID Connect provider: summary, then its audiences, the roles that trust it and its tags (tab in ?tab=). */
export function ProviderDetailsPage({ arn }: { arn: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: GetOpenIdConnectProviderQuery, variables: { arn } });
  const provider = data?.getOpenIDConnectProvider;
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'Identity providers', href: '/identity-providers' },
      { text: provider?.url ?? arn, href: providerDetailsHref(arn) },
    ],
    [arn, provider?.url],
  );
  usePageBreadcrumbs(breadcrumbs);
  const router = useRouter();
  const { notify } = useNotifications();
  const [tab, setTab] = useTabInUrl(TABS, 'audiences');
  const [, deleteProvider] = useMutation(DeleteOpenIdConnectProviderMutation);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<CombinedError | undefined>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (error) return <ApiErrorFlashbar error={error} failedTo="load the identity provider" />;
  if (!provider) return <Spinner size="large" />;

  const remove = async () => {
    setDeleting(true);
    const result = await deleteProvider({ input: { openIDConnectProviderArn: arn } }, LIST_CONTEXT);
    setDeleting(false);
    if (result.error) return setDeleteError(result.error);
    notify({ type: 'success', content: `Identity provider ${provider.url} deleted.` });
    router.push('/identity-providers');
  };

  return (
    <ContentLayout header={<Header variant="h1" actions={<Button onClick={() => setConfirmingDelete(true)}>Delete</Button>}>{provider.url}</Header>}>
      <SpaceBetween size="l">
        {deleteError && <ApiErrorFlashbar error={deleteError} failedTo={`delete ${provider.url}`} />}
        <Container header={<Header variant="h2">Summary</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Provider', value: provider.url },
              { label: 'Provider type', value: 'OpenID Connect' },
              { label: 'Creation time', value: formatDateTime(provider.createDate) },
              { label: 'ARN', value: provider.arn },
              { label: 'Thumbprints', value: provider.thumbprintList.join(', ') || '-' },
            ]}
          />
        </Container>
        <Tabs
          activeTabId={tab}
          onChange={({ detail }) => setTab(detail.activeTabId as (typeof TABS)[number])}
          tabs={[
            { id: 'audiences', label: 'Audiences', content: <AudiencesTab arn={arn} audiences={provider.clientIDList} onChanged={refresh} /> },
            { id: 'roles', label: 'Roles', content: <TrustingRolesTab providerArn={arn} /> },
            { id: 'tags', label: 'Tags', content: <ProviderTagsTab key={JSON.stringify(provider.tags)} provider={provider} onSaved={refresh} /> },
          ]}
        />
      </SpaceBetween>
      <DeleteConfirmationModal
        visible={confirmingDelete}
        header={`Delete ${provider.url}?`}
        deleting={deleting}
        onDelete={() => void remove()}
        onDismiss={() => setConfirmingDelete(false)}
      >
        Roles that trust this provider are left as they are, but its tokens can no longer assume them.
      </DeleteConfirmationModal>
    </ContentLayout>
  );
}
