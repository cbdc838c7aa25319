'use client';

import Badge from '@cloudscape-design/components/badge';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { formatDateTime } from '../../../components/time/time-ago';
import { apiErrorOf } from '../../../graphql/api-error';
import { SetDefaultPolicyVersionMutation } from '../policies.documents';
import { policyDetailsHref, policyType } from '../policies-table/policy-row';
import { JsonPolicyEditor } from '../policy-editor/json/json-policy-editor';
import { compareVersionsHref, policyVersionHref } from './policy-version-href';
import { usePolicySummary, usePolicyVersion } from './use-policy-version';

/** One version of a managed policy: its JSON, read-only, with "Set as default" and "Compare with default". */
export function PolicyVersionPage({ policyArn, versionId }: { policyArn: string; versionId: string }) {
  const router = useRouter();
  const { notify } = useNotifications();
  const policy = usePolicySummary(policyArn);
  const { version, error: versionError, refresh: refreshVersion } = usePolicyVersion(policyArn, versionId);
  const { policyName, defaultVersionId } = policy;
  const [settingDefault, setDefault] = useMutation(SetDefaultPolicyVersionMutation);
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'Policies', href: '/policies' },
      { text: policyName, href: policyDetailsHref(policyArn) },
      { text: 'Policy versions', href: `${policyDetailsHref(policyArn)}?tab=versions` },
      { text: versionId, href: policyVersionHref(policyArn, versionId) },
    ],
    [policyName, policyArn, versionId],
  );
  usePageBreadcrumbs(breadcrumbs);

  if (policy.error) return <ApiErrorFlashbar error={policy.error} failedTo="load the policy" />;
  if (versionError && apiErrorOf(versionError).code === 'NoSuchEntity') {
    return <ContentLayout header={<Header variant="h1">Version {versionId} of {policyName} does not exist</Header>}>{null}</ContentLayout>;
  }
  if (versionError) return <ApiErrorFlashbar error={versionError} failedTo="load the policy version" />;
  if (!policy.loaded || !version) return <Spinner size="large" />;
  const customerManaged = policyType(policyArn) === 'Customer managed';

  const makeDefault = async () => {
    const outcome = await setDefault({ input: { policyArn, versionId } });
    if (outcome.error) return;
    notify({ type: 'success', content: `Version ${versionId} is now the default.` });
    policy.refresh();
    refreshVersion();
  };

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {defaultVersionId && !version.isDefaultVersion && (
                <Button onClick={() => router.push(compareVersionsHref(policyArn, versionId, defaultVersionId))}>Compare with default</Button>
              )}
              {customerManaged && !version.isDefaultVersion && (
                <Button variant="primary" loading={settingDefault.fetching} onClick={() => void makeDefault()}>
                  Set as default
                </Button>
              )}
            </SpaceBetween>
          }
        >
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <span>
              {policyName}: version {versionId}
            </span>
            {version.isDefaultVersion && <Badge color="blue">Default</Badge>}
          </SpaceBetween>
        </Header>
      }
    >
      <SpaceBetween size="l">
        {settingDefault.error && <ApiErrorFlashbar error={settingDefault.error} failedTo={`set ${versionId} as the default`} />}
        <Container header={<Header variant="h2">Version details</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Version', value: versionId },
              { label: 'Creation time', value: formatDateTime(version.createDate) },
              { label: 'Default version', value: version.isDefaultVersion ? 'Yes' : `No (the default is ${defaultVersionId ?? '-'})` },
            ]}
          />
        </Container>
        <Container header={<Header variant="h2">Permissions defined in this version</Header>}>
          <JsonPolicyEditor value={version.document} onChange={() => undefined} kind="identity" readOnly />
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
