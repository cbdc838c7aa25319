'use client';

import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { CreatePolicyVersionMutation, GetPolicyQuery } from '../policies.documents';
import { validateText } from '../policy-editor/json/validate-text';
import { PolicyEditor, type PolicyEditorMode } from '../policy-editor/policy-editor';
import { policyDetailsHref } from '../policies-table/policy-row';

/** Permissions → Edit: the editors over the default version; saving makes a new version and sets it as default. */
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

function EditPolicyForm({ policyArn, policyName, stored }: { policyArn: string; policyName: string; stored: string }) {
  const router = useRouter();
  const { notify } = useNotifications();
  const [text, setText] = useState(stored);
  const [mode, setMode] = useState<PolicyEditorMode>('visual');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<CombinedError | undefined>();
  const [, createPolicyVersion] = useMutation(CreatePolicyVersionMutation);
  const errorCount = validateText(text, 'identity').filter((f) => f.severity === 'ERROR').length;
  const back = () => router.push(policyDetailsHref(policyArn));

  const save = async () => {
    setSaving(true);
    const result = await createPolicyVersion({ input: { policyArn, policyDocument: text, setAsDefault: true } });
    setSaving(false);
    setSaveError(result.error);
    if (!result.data) return;
    notify({ type: 'success', content: `Policy ${policyName} updated: version ${result.data.createPolicyVersion.versionId} is the default.` });
    router.push(`${policyDetailsHref(policyArn)}?tab=versions`);
  };

  return (
    <Form
      header={<Header variant="h1" description="Editing saves a new version of the policy and makes it the default.">Modify permissions in {policyName}</Header>}
      errorText={saveError ? <ApiErrorFlashbar error={saveError} failedTo={`save ${policyName}`} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={back}>
            Cancel
          </Button>
          <Button variant="primary" loading={saving} disabled={errorCount > 0 || text === stored} onClick={() => void save()}>
            Save changes
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        {errorCount > 0 && <Alert type="error">Fix the {errorCount === 1 ? 'error' : `${errorCount} errors`} in the policy to save it.</Alert>}
        <PolicyEditor kind="identity" value={text} onChange={setText} mode={mode} onModeChange={setMode} />
      </SpaceBetween>
    </Form>
  );
}
