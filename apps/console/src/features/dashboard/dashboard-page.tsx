'use client';

import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useFollow } from '../../components/navigation/use-follow';
import { useOrigin } from '../../components/navigation/use-origin';
import { accountSignInUrl } from '../auth/identity/sign-in-url';
import { useCallerIdentity } from '../auth/identity/use-caller-identity';
import { formatAccountId } from '../auth/identity/principal';
import { AccountSummaryQuery } from './dashboard.documents';
import { resourceUsages, summaryMapOf } from './iam-resources';
import { SecurityRecommendationsContainer } from './security-recommendations-container';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Dashboard', href: '/' },
];

function AwsAccountContainer() {
  const { identity } = useCallerIdentity();
  const origin = useOrigin();
  const header = <Header variant="h2">AWS Account</Header>;
  if (!identity) {
    return (
      <Container header={header}>
        <Spinner />
      </Container>
    );
  }
  const { accountId } = identity.principal;
  const signInUrl = origin && accountSignInUrl(origin, accountId, identity.accountAlias);
  return (
    <Container header={header}>
      <KeyValuePairs
        items={[
          {
            label: 'Account ID',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={accountId}
                textToDisplay={formatAccountId(accountId)}
                copySuccessText="Account ID copied"
                copyErrorText="Account ID failed to copy"
              />
            ),
          },
          { label: 'Account Alias', value: identity.accountAlias ?? '-' },
          {
            label: 'Sign-in URL for IAM users in this account',
            value: signInUrl ? (
              <CopyToClipboard variant="inline" textToCopy={signInUrl} copySuccessText="Sign-in URL copied" copyErrorText="Sign-in URL failed to copy" />
            ) : (
              '-'
            ),
          },
        ]}
      />
    </Container>
  );
}

/** The IAM dashboard: security recommendations, resource counts against quotas, and the account's sign-in URL. */
export function DashboardPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const onFollow = useFollow();
  const [summaryResult] = useQuery({ query: AccountSummaryQuery });
  const summary = useMemo(
    () => (summaryResult.data ? summaryMapOf(summaryResult.data.getAccountSummary.summaryMap) : undefined),
    [summaryResult.data],
  );

  return (
    <ContentLayout header={<Header variant="h1">IAM dashboard</Header>}>
      <Grid gridDefinition={[{ colspan: { default: 12, m: 8 } }, { colspan: { default: 12, m: 4 } }]}>
        <SpaceBetween size="l">
          {summaryResult.error && <ApiErrorFlashbar error={summaryResult.error} failedTo="load the account summary" />}
          {summary && <SecurityRecommendationsContainer summary={summary} />}
          <Container header={<Header variant="h2">IAM resources</Header>}>
            {summaryResult.fetching && <Spinner />}
            {summary && (
              <ColumnLayout columns={4} variant="text-grid">
                {resourceUsages(summary).map((usage) => (
                  <div key={usage.label}>
                    <Box variant="awsui-key-label">{usage.label}</Box>
                    <Box>
                      <Link href={usage.href} onFollow={onFollow} variant="awsui-value-large" ariaLabel={`${usage.label}: ${usage.count}`}>
                        {usage.count}
                      </Link>
                    </Box>
                    {usage.quota !== undefined && (
                      <Box fontSize="body-s" color="text-body-secondary">
                        Quota: {usage.quota.toLocaleString('en-US')}
                      </Box>
                    )}
                  </div>
                ))}
              </ColumnLayout>
            )}
          </Container>
        </SpaceBetween>
        <AwsAccountContainer />
      </Grid>
    </ContentLayout>
  );
}
