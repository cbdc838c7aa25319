'use client';

import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { newPasswordError } from './sign-in-state';

/** The forced password change: first sign-in with a generated password, or a password past its maximum age. */
export function NewPasswordForm({ onSubmit, submitting }: { onSubmit: (newPassword: string) => void; submitting: boolean }) {
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [tried, setTried] = useState(false);
  const error = tried ? newPasswordError(newPassword, confirmation) : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!newPasswordError(newPassword, confirmation)) onSubmit(newPassword);
      }}
    >
      <SpaceBetween size="l">
        <FormField label="New password" description="The account's password policy applies.">
          <Input type="password" autoComplete="new-password" value={newPassword} onChange={({ detail }) => setNewPassword(detail.value)} />
        </FormField>
        <FormField label="Retype new password" errorText={error}>
          <Input type="password" autoComplete="new-password" value={confirmation} onChange={({ detail }) => setConfirmation(detail.value)} />
        </FormField>
        <Button variant="primary" fullWidth loading={submitting} formAction="submit">
          Confirm password change
        </Button>
      </SpaceBetween>
    </form>
  );
}
