'use client';

import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useRouter } from 'next/navigation';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { formatDateTime } from '../../components/time/time-ago';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { LIST_CONTEXT, ListOpenIdConnectProvidersQuery, PROVIDERS_PAGE } from './identity-providers.documents';
import { providerDetailsHref } from './provider-href';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Identity providers', href: '/identity-providers' },
];

/** Access management → Identity providers: the account's OpenID Connect providers. */
export function IdentityProvidersListPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ListOpenIdConnectProvidersQuery, variables: PROVIDERS_PAGE, context: LIST_CONTEXT });
  const providers = useMemo(() => data?.listOpenIDConnectProviders.edges.map((edge) => edge.node) ?? [], [data]);
  const { items, collectionProps, filterProps, filteredItemsCount } = useCollection(providers, {
    filtering: { filteringFunction: (provider, text) => provider.url.toLowerCase().includes(text.trim().toLowerCase()) },
    sorting: { defaultState: { sortingColumn: { sortingField: 'url' } } },
  });

  return (
    <SpaceBetween size="m">
      {error && <ApiErrorFlashbar error={error} failedTo="list identity providers" />}
      <Table
        {...collectionProps}
        items={items}
        trackBy="arn"
        variant="full-page"
        loading={fetching && !data}
        loadingText="Loading identity providers"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={data ? `(${providers.length})` : undefined}
            description="Use an identity provider (IdP) to manage your user identities outside of AWS, but grant the user identities permissions to use AWS resources in your account."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh identity providers" loading={fetching} onClick={() => reexecute({ requestPolicy: 'network-only' })} />
                <Button variant="primary" onClick={() => router.push('/identity-providers/create')}>
                  Add provider
                </Button>
              </SpaceBetween>
            }
          >
            Identity providers
          </Header>
        }
        columnDefinitions={[
          {
            id: 'url',
            header: 'Provider',
            isRowHeader: true,
            sortingField: 'url',
            cell: (provider) => (
              <Link
                href={providerDetailsHref(provider.arn)}
                onFollow={(event) => {
                  event.preventDefault();
                  router.push(providerDetailsHref(provider.arn));
                }}
              >
                {provider.url}
              </Link>
            ),
          },
          { id: 'type', header: 'Type', cell: () => 'OpenID Connect' },
          { id: 'audiences', header: 'Audiences', cell: (provider) => provider.clientIDList.join(', ') || '-' },
          { id: 'createDate', header: 'Creation time', sortingField: 'createDate', cell: (provider) => formatDateTime(provider.createDate) },
        ]}
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Filter identity providers"
            filteringAriaLabel="Filter identity providers"
            countText={`${filteredItemsCount ?? 0} ${filteredItemsCount === 1 ? 'match' : 'matches'}`}
          />
        }
        empty={
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>No identity providers</b>
              <Box variant="p" color="inherit">
                Add an OpenID Connect provider, such as GitHub Actions or a Kubernetes cluster, to let its workloads assume roles.
              </Box>
            </SpaceBetween>
          </Box>
        }
      />
    </SpaceBetween>
  );
}
