'use client';

import Wizard from '@cloudscape-design/components/wizard';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useOrigin } from '../../../components/navigation/use-origin';
import { accountSignInUrl } from '../../auth/identity/sign-in-url';
import { useCallerIdentity } from '../../auth/identity/use-caller-identity';
import { createUser, type CreateUserOutcome } from './create-user';
import { CreateUserResult } from './create-user-result';
import { generatePassword } from './generate-password';
import { StepPermissions } from './step-permissions';
import { StepReview } from './step-review';
import { StepTags } from './step-tags';
import { StepUserDetails } from './step-user-details';
import { initialCreateUserState, permissionsErrors, userDetailsErrors, type CreateUserState } from './wizard-state';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Users', href: '/users' },
  { text: 'Create user', href: '/users/create' },
];

/** Whether the step at `index` (from 0) may be left forwards. */
function stepIsValid(index: number, state: CreateUserState): boolean {
  if (index === 0) return Object.keys(userDetailsErrors(state)).length === 0;
  if (index === 1) return Object.keys(permissionsErrors(state)).length === 0;
  return true;
}

export function CreateUserWizard() {
  const router = useRouter();
  const client = useClient();
  const origin = useOrigin();
  const { identity } = useCallerIdentity();
  const [state, setState] = useState<CreateUserState>(initialCreateUserState);
  const [activeStepIndex, setActiveStepIndex] = useState(0);
  const [triedSteps, setTriedSteps] = useState<ReadonlySet<number>>(new Set());
  const [submitting, setSubmitting] = useState(false);
  const [createError, setCreateError] = useState<CombinedError | undefined>();
  const [outcome, setOutcome] = useState<CreateUserOutcome | undefined>();
  usePageBreadcrumbs(BREADCRUMBS);

  const onChange = (change: Partial<CreateUserState>) => setState((current) => ({ ...current, ...change }));

  if (outcome) {
    const signInUrl = origin && identity ? accountSignInUrl(origin, identity.principal.accountId, identity.accountAlias) : '';
    return <CreateUserResult outcome={outcome} signInUrl={signInUrl} />;
  }

  const submit = async () => {
    setSubmitting(true);
    setCreateError(undefined);
    const password = state.consoleAccess ? (state.passwordType === 'custom' ? state.customPassword : generatePassword()) : undefined;
    const result = await createUser(client, state, password);
    setSubmitting(false);
    if ('error' in result) setCreateError(result.error);
    else setOutcome(result);
  };

  return (
    <Wizard
      activeStepIndex={activeStepIndex}
      isLoadingNextStep={submitting}
      submitButtonText="Create user"
      onCancel={() => router.push('/users')}
      onSubmit={() => void submit()}
      onNavigate={({ detail }) => {
        const forwards = detail.requestedStepIndex > activeStepIndex;
        if (forwards && !stepIsValid(activeStepIndex, state)) {
          setTriedSteps((tried) => new Set(tried).add(activeStepIndex));
          return;
        }
        setActiveStepIndex(detail.requestedStepIndex);
      }}
      steps={[
        {
          title: 'Specify user details',
          content: <StepUserDetails state={state} onChange={onChange} showErrors={triedSteps.has(0)} />,
        },
        {
          title: 'Set permissions',
          description: 'Add the user to existing groups, copy the group memberships of an existing user or attach managed policies directly.',
          content: <StepPermissions state={state} onChange={onChange} showErrors={triedSteps.has(1)} />,
        },
        { title: 'Add tags', isOptional: true, content: <StepTags state={state} onChange={onChange} /> },
        {
          title: 'Review and create',
          errorText: createError && <ApiErrorFlashbar error={createError} failedTo={`create user ${state.userName}`} />,
          content: <StepReview state={state} onEdit={setActiveStepIndex} />,
        },
      ]}
    />
  );
}
