'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../components/console-layout/notifications';
import { changePasswordErrors, emptyChangePasswordForm, type ChangePasswordForm } from './change-password-form';
import { ChangePasswordMutation } from './my-security-credentials.documents';

/**
 * "Console password": the caller changes their own password, proving the current one. An IAM user needs
 * iam:ChangePassword on their own user (AWS's IAMUserChangePassword policy); a refusal says so.
 */
export function ChangePasswordContainer({ rules }: { rules: string }) {
  const { notify } = useNotifications();
  const [form, setForm] = useState<ChangePasswordForm>(emptyChangePasswordForm);
  const [tried, setTried] = useState(false);
  const [changed, changePassword] = useMutation(ChangePasswordMutation);
  const errors = tried ? changePasswordErrors(form) : {};
  const field = (key: keyof ChangePasswordForm) => ({
    value: form[key],
    type: 'password' as const,
    onChange: ({ detail }: { detail: { value: string } }) => setForm((current) => ({ ...current, [key]: detail.value })),
  });

  const submit = async () => {
    setTried(true);
    if (Object.keys(changePasswordErrors(form)).length > 0) return;
    const outcome = await changePassword({ input: { oldPassword: form.oldPassword, newPassword: form.newPassword } });
    if (outcome.error) return;
    setForm(emptyChangePasswordForm);
    setTried(false);
    notify({ type: 'success', content: 'Your password was changed. Use it the next time you sign in.' });
  };

  return (
    <Container header={<Header variant="h2" description={rules}>Console password</Header>}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Form
          actions={
            <Button variant="primary" formAction="submit" loading={changed.fetching}>
              Change password
            </Button>
          }
          errorText={changed.error ? <ApiErrorFlashbar error={changed.error} failedTo="change your password" /> : undefined}
        >
          <SpaceBetween size="m">
            <FormField label="Current password" errorText={errors.oldPassword}>
              <Input {...field('oldPassword')} ariaLabel="Current password" autoComplete="current-password" />
            </FormField>
            <FormField label="New password" errorText={errors.newPassword}>
              <Input {...field('newPassword')} ariaLabel="New password" autoComplete="new-password" />
            </FormField>
            <FormField label="Confirm new password" errorText={errors.confirmPassword}>
              <Input {...field('confirmPassword')} ariaLabel="Confirm new password" autoComplete="new-password" />
            </FormField>
          </SpaceBetween>
        </Form>
      </form>
    </Container>
  );
}
