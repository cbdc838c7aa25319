'use client';

import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { DeleteAccountPasswordPolicyMutation, UpdateAccountPasswordPolicyMutation } from '../account-settings.documents';
import {
  PASSWORD_AGE_DAYS,
  PASSWORD_LENGTH,
  PASSWORD_REUSE,
  passwordPolicyForm,
  passwordPolicyFormErrors,
  updatePasswordPolicyInput,
  type PasswordPolicyForm,
  type StoredPasswordPolicy,
} from './password-policy-form';
import { usePasswordPolicy } from './use-password-policy';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Account settings', href: '/account-settings' },
  { text: 'Edit password policy', href: '/account-settings/password-policy/edit' },
];

export function EditPasswordPolicyPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const { policy, error } = usePasswordPolicy();
  if (error) return <ApiErrorFlashbar error={error} failedTo="load the password policy" />;
  if (policy === undefined) return <Spinner size="large" />;
  return <EditPasswordPolicyForm policy={policy} />;
}

function EditPasswordPolicyForm({ policy }: { policy: StoredPasswordPolicy | null }) {
  const router = useRouter();
  const { notify } = useNotifications();
  const [form, setForm] = useState<PasswordPolicyForm>(() => passwordPolicyForm(policy));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<CombinedError | undefined>();
  const [, updatePolicy] = useMutation(UpdateAccountPasswordPolicyMutation);
  const [, deletePolicy] = useMutation(DeleteAccountPasswordPolicyMutation);
  const errors = tried ? passwordPolicyFormErrors(form) : {};
  const set = (change: Partial<PasswordPolicyForm>) => setForm((current) => ({ ...current, ...change }));
  const custom = form.choice === 'custom';

  const save = async () => {
    setTried(true);
    if (Object.keys(passwordPolicyFormErrors(form)).length > 0) return;
    // Going back to IAM's default is deleting the custom policy; with none stored there is nothing to do.
    if (!custom && !policy) return router.push('/account-settings');
    setSaving(true);
    const result = custom ? await updatePolicy({ input: updatePasswordPolicyInput(form) }) : await deletePolicy({});
    setSaving(false);
    setSaveError(result.error);
    if (result.error) return;
    notify({ type: 'success', content: 'Password policy updated.' });
    router.push('/account-settings');
  };

  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <Form
        header={<Header variant="h1">Edit password policy</Header>}
        errorText={saveError && <ApiErrorFlashbar error={saveError} failedTo="save the password policy" />}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => router.push('/account-settings')}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={() => void save()}>
              Save changes
            </Button>
          </SpaceBetween>
        }
      >
        <Container header={<Header variant="h2">Password policy</Header>}>
          <SpaceBetween size="l">
            <RadioGroup
              ariaLabel="Password policy"
              value={form.choice}
              onChange={({ detail }) => set({ choice: detail.value as PasswordPolicyForm['choice'] })}
              items={[
                { value: 'default', label: 'IAM default', description: 'Apply default password requirements.' },
                { value: 'custom', label: 'Custom', description: 'Apply customized password requirements.' },
              ]}
            />
            {custom && (
              <SpaceBetween size="l">
                <FormField
                  label="Password minimum length"
                  constraintText={`Must be between ${PASSWORD_LENGTH.min} and ${PASSWORD_LENGTH.max} characters.`}
                  errorText={errors.minimumPasswordLength}
                >
                  <Input type="number" inputMode="numeric" value={form.minimumPasswordLength} onChange={({ detail }) => set({ minimumPasswordLength: detail.value })} />
                </FormField>
                <FormField label="Password strength">
                  <SpaceBetween size="xxs">
                    <Checkbox checked={form.requireUppercaseCharacters} onChange={({ detail }) => set({ requireUppercaseCharacters: detail.checked })}>
                      Require at least one uppercase letter from the Latin alphabet (A-Z)
                    </Checkbox>
                    <Checkbox checked={form.requireLowercaseCharacters} onChange={({ detail }) => set({ requireLowercaseCharacters: detail.checked })}>
                      Require at least one lowercase letter from the Latin alphabet (a-z)
                    </Checkbox>
                    <Checkbox checked={form.requireNumbers} onChange={({ detail }) => set({ requireNumbers: detail.checked })}>
                      Require at least one number
                    </Checkbox>
                    <Checkbox checked={form.requireSymbols} onChange={({ detail }) => set({ requireSymbols: detail.checked })}>
                      Require at least one non-alphanumeric character
                    </Checkbox>
                  </SpaceBetween>
                </FormField>
                <FormField label="Other requirements">
                  <SpaceBetween size="xs">
                    <Checkbox checked={form.expirePasswords} onChange={({ detail }) => set({ expirePasswords: detail.checked })}>
                      Turn on password expiration
                    </Checkbox>
                    {form.expirePasswords && (
                      <SpaceBetween size="xs">
                        <FormField
                          label="Expire passwords in day(s)"
                          constraintText={`Must be between ${PASSWORD_AGE_DAYS.min} and ${PASSWORD_AGE_DAYS.max} days.`}
                          errorText={errors.maxPasswordAge}
                        >
                          <Input type="number" inputMode="numeric" value={form.maxPasswordAge} onChange={({ detail }) => set({ maxPasswordAge: detail.value })} />
                        </FormField>
                        <Checkbox checked={form.hardExpiry} onChange={({ detail }) => set({ hardExpiry: detail.checked })}>
                          Password expiration requires administrator reset
                        </Checkbox>
                      </SpaceBetween>
                    )}
                    <Checkbox checked={form.allowUsersToChangePassword} onChange={({ detail }) => set({ allowUsersToChangePassword: detail.checked })}>
                      Allow users to change their own password
                    </Checkbox>
                    <Checkbox checked={form.preventReuse} onChange={({ detail }) => set({ preventReuse: detail.checked })}>
                      Prevent password reuse
                    </Checkbox>
                    {form.preventReuse && (
                      <FormField
                        label="Remember password(s)"
                        constraintText={`Must be between ${PASSWORD_REUSE.min} and ${PASSWORD_REUSE.max} passwords.`}
                        errorText={errors.passwordReusePrevention}
                      >
                        <Input type="number" inputMode="numeric" value={form.passwordReusePrevention} onChange={({ detail }) => set({ passwordReusePrevention: detail.value })} />
                      </FormField>
                    )}
                  </SpaceBetween>
                </FormField>
              </SpaceBetween>
            )}
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
