'use client';

import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';
import { credentialErrors, type SignInAs, type SignInCredentials } from './sign-in-state';

/** Root user (email) or IAM user (account, user name), then the password. */
export function CredentialsForm({
  credentials,
  onChange,
  onSubmit,
  submitting,
}: {
  credentials: SignInCredentials;
  onChange: (change: Partial<SignInCredentials>) => void;
  onSubmit: () => void;
  submitting: boolean;
}) {
  const [tried, setTried] = useState(false);
  const errors = tried ? credentialErrors(credentials) : {};
  const submit = () => {
    setTried(true);
    if (Object.keys(credentialErrors(credentials)).length === 0) onSubmit();
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <SpaceBetween size="l">
        <Tiles
          value={credentials.signInAs}
          columns={1}
          onChange={({ detail }) => onChange({ signInAs: detail.value as SignInAs })}
          items={[
            { value: 'root', label: 'Root user', description: 'Account owner that performs tasks requiring unrestricted access.' },
            { value: 'iam', label: 'IAM user', description: 'User within an account that performs daily tasks.' },
          ]}
        />
        {credentials.signInAs === 'root' && (
          <FormField label="Root user email address" errorText={errors.email}>
            <Input type="email" autoComplete="username" value={credentials.email} onChange={({ detail }) => onChange({ email: detail.value })} />
          </FormField>
        )}
        {credentials.signInAs === 'iam' && (
          <FormField label="Account ID (12 digits) or account alias" errorText={errors.account}>
            <Input autoComplete="organization" value={credentials.account} onChange={({ detail }) => onChange({ account: detail.value })} />
          </FormField>
        )}
        {credentials.signInAs === 'iam' && (
          <FormField label="IAM user name" errorText={errors.userName}>
            <Input autoComplete="username" value={credentials.userName} onChange={({ detail }) => onChange({ userName: detail.value })} />
          </FormField>
        )}
        <FormField label="Password" errorText={errors.password}>
          <Input type="password" autoComplete="current-password" value={credentials.password} onChange={({ detail }) => onChange({ password: detail.value })} />
        </FormField>
        <Button variant="primary" fullWidth loading={submitting} formAction="submit">
          Sign in
        </Button>
      </SpaceBetween>
    </form>
  );
}
