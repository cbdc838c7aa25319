'use client';

import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { mfaCodeError } from './sign-in-state';

/** "Multi-factor authentication": the code from the authenticator app registered for this user. */
export function MfaForm({ onSubmit, onCancel, submitting }: { onSubmit: (code: string) => void; onCancel: () => void; submitting: boolean }) {
  const [code, setCode] = useState('');
  const [tried, setTried] = useState(false);
  const error = tried ? mfaCodeError(code) : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!mfaCodeError(code)) onSubmit(code);
      }}
    >
      <SpaceBetween size="l">
        <FormField label="MFA code" description="Enter the code from your authenticator app." errorText={error}>
          <Input value={code} inputMode="numeric" autoComplete="one-time-code" autoFocus onChange={({ detail }) => setCode(detail.value.trim())} />
        </FormField>
        <SpaceBetween size="xs">
          <Button variant="primary" fullWidth loading={submitting} formAction="submit">
            Submit
          </Button>
          <Button variant="link" fullWidth formAction="none" onClick={onCancel}>
            Cancel
          </Button>
        </SpaceBetween>
      </SpaceBetween>
    </form>
  );
}
