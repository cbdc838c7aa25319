'use client';

import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Wizard from '@cloudscape-design/components/wizard';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { PermissionsSummaryTable } from '../create-policy/permissions-summary-table';
import { CreatePolicyVersionMutation, GetPolicyQuery } from '../policies.documents';
import { validateText } from '../policy-editor/json/validate-text';
import { PolicyEditor, type PolicyEditorMode } from '../policy-editor/policy-editor';
import { policyDetailsHref } from '../policies-table/policy-row';

/** Permissions → Edit: the editors over the default version, then a review; saving makes a new version. */
export function EditPolicyPage({ policyArn }: { policyArn: string }) {
  const [{ data, error }] = useQuery({ query: GetPolicyQuery, variables: { policyArn } });
  const policyName = data?.getPolicy.policyName ?? policyArn.slice(policyArn.lastIndexOf('/') + 1);
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'Policies', href: '/policies' },
      { text: policyName, href: policyDetailsHref(policyArn) },
      { text: 'Edit policy', href: `${policyDetailsHref(policyArn)}/edit` },
    ],
    [policyName, policyArn],
  );
  usePageBreadcrumbs(breadcrumbs);
  if (error) return <ApiErrorFlashbar error={error} failedTo="load the policy" />;
  if (!data) return <Spinner size="large" />;
  return <EditPolicyForm policyArn={policyArn} policyName={policyName} stored={data.getPolicy.defaultVersion.document} />;
}

/**
 * AWS's "Modify permissions", then "Review and save": the new version's permissions summary and "Set this new version
 * as the default" (on by default). Saving creates the version (CreatePolicyVersion); left unticked, the version is
 * kept for later and the policy's permissions do not change.
 */
function EditPolicyForm({ policyArn, policyName, stored }: { policyArn: string; policyName: string; stored: string }) {
  const router = useRouter();
  const { notify } = useNotifications();
  const [text, setText] = useState(stored);
  const [mode, setMode] = useState<PolicyEditorMode>('visual');
  const [activeStepIndex, setActiveStepIndex] = useState(0);
  const [setAsDefault, setSetAsDefault] = useState(true);
  const [stepError, setStepError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<CombinedError | undefined>();
  const [, createPolicyVersion] = useMutation(CreatePolicyVersionMutation);
  const back = () => router.push(policyDetailsHref(policyArn));

  const save = async () => {
    setSaving(true);
    const result = await createPolicyVersion({ input: { policyArn, policyDocument: text, setAsDefault } });
    setSaving(false);
    setSaveError(result.error);
    if (!result.data) return;
    const { versionId } = result.data.createPolicyVersion;
    notify({
      type: 'success',
      content: setAsDefault ? `Policy ${policyName} updated: version ${versionId} is the default.` : `Version ${versionId} of ${policyName} saved; the default did not change.`,
    });
    router.push(`${policyDetailsHref(policyArn)}?tab=versions`);
  };

  return (
    <Wizard
      activeStepIndex={activeStepIndex}
      isLoadingNextStep={saving}
      submitButtonText="Save changes"
      onCancel={back}
      onSubmit={() => void save()}
      onNavigate={({ detail }) => {
        if (activeStepIndex === 0 && detail.requestedStepIndex > 0) {
          const errorCount = validateText(text, 'identity').filter((finding) => finding.severity === 'ERROR').length;
          if (errorCount > 0) return setStepError(`Fix the ${errorCount === 1 ? 'error' : `${errorCount} errors`} in the policy to continue.`);
          if (text === stored) return setStepError('The policy is unchanged: edit it to save a new version.');
        }
        setStepError(undefined);
        setActiveStepIndex(detail.requestedStepIndex);
      }}
      steps={[
        {
          title: `Modify permissions in ${policyName}`,
          description: 'Editing saves a new version of the policy.',
          errorText: stepError,
          content: <PolicyEditor kind="identity" value={text} onChange={setText} mode={mode} onModeChange={setMode} />,
        },
        {
          title: 'Review and save',
          description: `Review the permissions of the new version of ${policyName}.`,
          errorText: saveError && <ApiErrorFlashbar error={saveError} failedTo={`save ${policyName}`} />,
          content: (
            <SpaceBetween size="l">
              <PermissionsSummaryTable policyDocument={text} />
              <Container header={<Header variant="h2">Set as default</Header>}>
                <Checkbox checked={setAsDefault} onChange={({ detail }) => setSetAsDefault(detail.checked)}>
                  Set this new version as the default.
                </Checkbox>
                <Box variant="small" color="text-body-secondary">
                  The default version is the one in force for every user, group and role the policy is attached to.
                </Box>
              </Container>
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
