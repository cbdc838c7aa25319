'use client';

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
import { usePolicyFindings } from '../../policies/policy-editor/json/use-policy-findings';
import { PolicyEditor, type PolicyEditorMode } from '../../policies/policy-editor/policy-editor';
import { roleDetailsHref } from '../role-href';
import { GetRoleQuery, UpdateAssumeRolePolicyMutation } from '../roles.documents';

/** Trust relationships → Edit trust policy: the same editors as for permissions, with the trust policy rules. */
export function EditTrustPolicyPage({ roleName }: { roleName: string }) {
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'Roles', href: '/roles' },
      { text: roleName, href: roleDetailsHref(roleName, 'trust-relationships') },
      { text: 'Edit trust policy', href: `/roles/${encodeURIComponent(roleName)}/trust-policy/edit` },
    ],
    [roleName],
  );
  usePageBreadcrumbs(breadcrumbs);
  const [{ data, error }] = useQuery({ query: GetRoleQuery, variables: { roleName } });
  if (error) return <ApiErrorFlashbar error={error} failedTo={`load role ${roleName}`} />;
  if (!data) return <Spinner size="large" />;
  return <EditTrustPolicyForm roleName={roleName} stored={data.getRole.assumeRolePolicyDocument} />;
}

function EditTrustPolicyForm({ roleName, stored }: { roleName: string; stored: string }) {
  const router = useRouter();
  const { notify } = useNotifications();
  const [text, setText] = useState(stored);
  const [mode, setMode] = useState<PolicyEditorMode>('json');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<CombinedError | undefined>();
  const [, updateTrustPolicy] = useMutation(UpdateAssumeRolePolicyMutation);
  const errorCount = usePolicyFindings(text, 'trust').filter((f) => f.severity === 'ERROR').length;
  const back = () => router.push(roleDetailsHref(roleName, 'trust-relationships'));

  const save = async () => {
    setSaving(true);
    const result = await updateTrustPolicy({ input: { roleName, policyDocument: text } });
    setSaving(false);
    setSaveError(result.error);
    if (result.error) return;
    notify({ type: 'success', content: `Trust policy of ${roleName} updated.` });
    back();
  };

  return (
    <Form
      header={<Header variant="h1">Edit trust policy</Header>}
      errorText={
        saveError ? <ApiErrorFlashbar error={saveError} failedTo={`update the trust policy of ${roleName}`} /> : errorCount > 0 ? `Fix the ${errorCount === 1 ? 'error' : `${errorCount} errors`} in the policy to save it.` : undefined
      }
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={back}>
            Cancel
          </Button>
          <Button variant="primary" loading={saving} disabled={errorCount > 0 || text === stored} onClick={() => void save()}>
            Update policy
          </Button>
        </SpaceBetween>
      }
    >
      <PolicyEditor kind="trust" value={text} onChange={setText} mode={mode} onModeChange={setMode} />
    </Form>
  );
}
