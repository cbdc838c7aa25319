'use client';

import Wizard from '@cloudscape-design/components/wizard';
import type { CombinedError } from '@urql/core';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { validateText } from '../policy-editor/json/validate-text';
import type { PolicyEditorMode } from '../policy-editor/policy-editor';
import { policyDetailsHref } from '../policies-table/policy-row';
import { CreatePolicyMutation } from '../policies.documents';
import { StepReviewAndCreate } from './step-review-and-create';
import { StepSpecifyPermissions } from './step-specify-permissions';
import { descriptionError, initialCreatePolicyState, policyNameError, type CreatePolicyState } from './wizard-state';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Policies', href: '/policies' },
  { text: 'Create policy', href: '/policies/create' },
];

/** Policies → Create policy: "Specify permissions", then "Review and create", as in IAM. */
export function CreatePolicyWizard() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { notify } = useNotifications();
  const [state, setState] = useState(initialCreatePolicyState);
  const [activeStepIndex, setActiveStepIndex] = useState(0);
  const [permissionsError, setPermissionsError] = useState<string | undefined>();
  const [triedToCreate, setTriedToCreate] = useState(false);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<CombinedError | undefined>();
  const [, createPolicy] = useMutation(CreatePolicyMutation);

  // The editor mode is kept in the URL (?editor=json), so a reload or a shared link opens the same view.
  const mode: PolicyEditorMode = searchParams.get('editor') === 'json' ? 'json' : 'visual';
  const setMode = (next: PolicyEditorMode) => {
    const params = new URLSearchParams(searchParams);
    if (next === 'visual') params.delete('editor');
    else params.set('editor', next);
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  const update = (change: Partial<CreatePolicyState>) => setState((s) => ({ ...s, ...change }));

  const submit = async () => {
    setTriedToCreate(true);
    if (policyNameError(state.policyName) || descriptionError(state.description)) return;
    setCreating(true);
    const result = await createPolicy({
      input: {
        policyName: state.policyName,
        policyDocument: state.policyDocument,
        ...(state.description ? { description: state.description } : {}),
        ...(state.tags.length > 0 ? { tags: state.tags } : {}),
      },
    });
    setCreating(false);
    setCreateError(result.error);
    if (!result.data) return;
    notify({ type: 'success', content: `Policy ${state.policyName} created.` });
    router.push(policyDetailsHref(result.data.createPolicy.arn));
  };

  return (
    <Wizard
      activeStepIndex={activeStepIndex}
      isLoadingNextStep={creating}
      submitButtonText="Create policy"
      onCancel={() => router.push('/policies')}
      onSubmit={() => void submit()}
      onNavigate={({ detail }) => {
        if (activeStepIndex === 0 && detail.requestedStepIndex > 0) {
          // AWS: a policy with errors cannot be saved, so the review step waits until they are fixed.
          const errors = validateText(state.policyDocument, 'identity').filter((f) => f.severity === 'ERROR');
          if (errors.length > 0) {
            setPermissionsError(`Fix the ${errors.length === 1 ? 'error' : `${errors.length} errors`} in the policy to continue.`);
            return;
          }
        }
        setPermissionsError(undefined);
        setActiveStepIndex(detail.requestedStepIndex);
      }}
      steps={[
        {
          title: 'Specify permissions',
          description: 'Add permissions by selecting services, actions, resources, and conditions. Build permission statements using the JSON editor.',
          errorText: permissionsError,
          content: (
            <StepSpecifyPermissions
              policyDocument={state.policyDocument}
              onChange={(policyDocument) => update({ policyDocument })}
              mode={mode}
              onModeChange={setMode}
            />
          ),
        },
        {
          title: 'Review and create',
          description: 'Review the permissions, specify details, and tags.',
          errorText: createError && <ApiErrorFlashbar error={createError} failedTo={`create policy ${state.policyName}`} />,
          content: <StepReviewAndCreate state={state} onChange={update} showErrors={triedToCreate} />,
        },
      ]}
    />
  );
}
