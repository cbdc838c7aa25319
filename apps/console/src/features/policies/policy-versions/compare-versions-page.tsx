'use client';

import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { usePathname, useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { policyDetailsHref } from '../policies-table/policy-row';
import { SideBySideDiff } from './side-by-side-diff';
import { diffSummary, sideBySideDiff } from './version-diff';
import { usePolicySummary, usePolicyVersion, usePolicyVersionSummaries } from './use-policy-version';

/** Two versions of a policy side by side; the versions compared are kept in ?left=&right=. */
export function CompareVersionsPage({ policyArn, left, right }: { policyArn: string; left: string; right: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const { policyName, error: policyError } = usePolicySummary(policyArn);
  const { versions, loaded, error: listError } = usePolicyVersionSummaries(policyArn);
  const { version: leftVersion, fetching: fetchingLeft, error: leftError } = usePolicyVersion(policyArn, left);
  const { version: rightVersion, fetching: fetchingRight, error: rightError } = usePolicyVersion(policyArn, right);
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'Policies', href: '/policies' },
      { text: policyName, href: policyDetailsHref(policyArn) },
      { text: 'Compare versions', href: `${pathname}?left=${left}&right=${right}` },
    ],
    [policyName, policyArn, pathname, left, right],
  );
  usePageBreadcrumbs(breadcrumbs);
  const rows = useMemo(
    () => (leftVersion && rightVersion ? sideBySideDiff(leftVersion.document, rightVersion.document) : []),
    [leftVersion, rightVersion],
  );

  const error = policyError ?? listError;
  if (error) return <ApiErrorFlashbar error={error} failedTo="load the policy versions" />;
  if (!loaded) return <Spinner size="large" />;
  const versionError = leftError ?? rightError;
  const options = versions.map((version) => ({
    value: version.versionId,
    label: version.versionId,
    description: version.isDefaultVersion ? 'Default version' : undefined,
  }));
  const choose = (side: 'left' | 'right', versionId: string) =>
    router.replace(`${pathname}?${new URLSearchParams({ left: side === 'left' ? versionId : left, right: side === 'right' ? versionId : right }).toString()}`);
  const label = (versionId: string) => `${versionId}${versions.find((version) => version.versionId === versionId)?.isDefaultVersion ? ' (default)' : ''}`;

  return (
    <ContentLayout header={<Header variant="h1">Compare versions of {policyName}</Header>}>
      <SpaceBetween size="l">
        <Container>
          <SpaceBetween direction="horizontal" size="l">
            <FormField label="Version on the left">
              <Select
                selectedOption={options.find((option) => option.value === left) ?? null}
                options={options}
                onChange={({ detail }) => choose('left', detail.selectedOption.value!)}
                ariaLabel="Version on the left"
              />
            </FormField>
            <FormField label="Version on the right">
              <Select
                selectedOption={options.find((option) => option.value === right) ?? null}
                options={options}
                onChange={({ detail }) => choose('right', detail.selectedOption.value!)}
                ariaLabel="Version on the right"
              />
            </FormField>
          </SpaceBetween>
        </Container>
        <Container header={<Header variant="h2" description={leftVersion && rightVersion ? diffSummary(rows) : undefined}>Permissions</Header>}>
          {versionError ? (
            <ApiErrorFlashbar error={versionError} failedTo="load the versions compared" />
          ) : leftVersion && rightVersion ? (
            <SideBySideDiff rows={rows} leftLabel={label(left)} rightLabel={label(right)} />
          ) : fetchingLeft || fetchingRight ? (
            <Spinner size="large" />
          ) : (
            <Box>Choose two versions of the policy to compare.</Box>
          )}
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
