'use client';

import Wizard from '@cloudscape-design/components/wizard';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { apiErrorOf } from '../../../graphql/api-error';
import { validateText } from '../../policies/policy-editor/json/validate-text';
import type { PolicyEditorMode } from '../../policies/policy-editor/policy-editor';
import { roleDetailsHref } from '../role-href';
import { AttachRolePolicyMutation } from '../../policies/policies.documents';
import { PoliciesPicker } from '../../identity-permissions/policies-picker';
import { CallerAccountQuery, CreateRoleMutation } from '../roles.documents';
import { initialCreateRoleState, roleDescriptionError, roleNameError, type CreateRoleState } from './create-role-state';
import { StepNameReviewCreate } from './step-name-review-create';
import { StepSelectTrustedEntity } from './step-select-trusted-entity';
import { trustedEntityError, trustPolicyFor } from './trusted-entity';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Roles', href: '/roles' },
  { text: 'Create role', href: '/roles/create' },
];

/** Roles → Create role: "Select trusted entity", "Add permissions", then "Name, review, and create", as in IAM. */
export function CreateRoleWizard() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const { notify } = useNotifications();
  const [{ data: caller }] = useQuery({ query: CallerAccountQuery });
  const [, createRole] = useMutation(CreateRoleMutation);
  const [, attachRolePolicy] = useMutation(AttachRolePolicyMutation);
  const [state, setState] = useState(initialCreateRoleState);
  const [activeStepIndex, setActiveStepIndex] = useState(0);
  const [editorMode, setEditorMode] = useState<PolicyEditorMode>('json');
  const [triedStep, setTriedStep] = useState<number[]>([]);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<CombinedError | undefined>();
  const update = (change: Partial<CreateRoleState>) => setState((current) => ({ ...current, ...change }));

  const thisAccountId = caller?.getCallerIdentity.account;
  const trustPolicy = thisAccountId ? trustPolicyFor(state.trustedEntity, thisAccountId) : '';
  const entityError =
    trustedEntityError(state.trustedEntity) ??
    (state.trustedEntity.type === 'custom' && validateText(trustPolicy, 'trust').some((f) => f.severity === 'ERROR') ? 'Fix the errors in the trust policy to continue.' : undefined);

  const submit = async () => {
    setTriedStep((tried) => [...tried, 2]);
    if (roleNameError(state.roleName) || roleDescriptionError(state.description)) return;
    setCreating(true);
    const result = await createRole({
      input: {
        roleName: state.roleName,
        assumeRolePolicyDocument: trustPolicy,
        maxSessionDuration: state.maxSessionDuration,
        ...(state.description ? { description: state.description } : {}),
        ...(state.tags.length > 0 ? { tags: state.tags } : {}),
      },
    });
    let failure = result.error;
    for (const policyArn of failure ? [] : state.policyArns) {
      failure = (await attachRolePolicy({ input: { roleName: state.roleName, policyArn } })).error;
      if (failure) break;
    }
    setCreating(false);
    if (result.error) return setCreateError(result.error);
    // The role exists even if an attachment failed: its page says what happened, as AWS's console does.
    if (failure) {
      const { code, message } = apiErrorOf(failure);
      notify({ type: 'error', header: `Role ${state.roleName} created, but not all policies were attached`, content: `${message} (${code})` });
    }
    else notify({ type: 'success', content: `Role ${state.roleName} created.` });
    router.push(roleDetailsHref(state.roleName));
  };

  return (
    <Wizard
      activeStepIndex={activeStepIndex}
      isLoadingNextStep={creating}
      submitButtonText="Create role"
      onCancel={() => router.push('/roles')}
      onSubmit={() => void submit()}
      onNavigate={({ detail }) => {
        if (activeStepIndex === 0 && detail.requestedStepIndex > 0) {
          setTriedStep((tried) => [...tried, 0]);
          if (entityError || !thisAccountId) return;
        }
        setActiveStepIndex(detail.requestedStepIndex);
      }}
      steps={[
        {
          title: 'Select trusted entity',
          errorText: triedStep.includes(0) ? entityError : undefined,
          content: (
            <StepSelectTrustedEntity
              entity={state.trustedEntity}
              onChange={(trustedEntity) => update({ trustedEntity })}
              thisAccountId={thisAccountId}
              editorMode={editorMode}
              onEditorModeChange={setEditorMode}
              showErrors={triedStep.includes(0)}
              error={entityError}
            />
          ),
        },
        {
          title: 'Add permissions',
          content: (
            <PoliciesPicker
              selectedArns={state.policyArns}
              onChange={(policyArns) => update({ policyArns })}
              description="Choose one or more policies to attach to your new role."
            />
          ),
        },
        {
          title: 'Name, review, and create',
          errorText: createError && <ApiErrorFlashbar error={createError} failedTo={`create role ${state.roleName}`} />,
          content: <StepNameReviewCreate state={state} trustPolicy={trustPolicy} onChange={update} showErrors={triedStep.includes(2)} />,
        },
      ]}
    />
  );
}
