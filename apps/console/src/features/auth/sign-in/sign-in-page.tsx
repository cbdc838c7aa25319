'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { CredentialsForm } from './credentials-form';
import { MfaForm } from './mfa-form';
import { NewPasswordForm } from './new-password-form';
import { useSignInRequests } from './use-sign-in-requests';
import { useResetGraphqlClient } from '../../../graphql/provider';
import type { SignInOutcome, SignInRequests } from './sign-in-outcome';
import { credentialsForSignInUrl, type SignInCredentials, type SignInStep } from './sign-in-state';
import styles from './sign-in-page.module.css';

const TITLES: Record<SignInStep['step'], string> = {
  credentials: 'Sign in',
  mfa: 'Multi-factor authentication',
  'new-password': 'Change password',
};

/**
 * The sign-in page: credentials, then an MFA code or a new password when the account requires one. The account's
 * sign-in URL (`/signin?account=ALIAS`) opens it on the IAM user form with the account filled in.
 */
export function SignInPage() {
  const router = useRouter();
  const requests = useSignInRequests();
  const resetGraphqlClient = useResetGraphqlClient();
  const account = useSearchParams().get('account');
  const [credentials, setCredentials] = useState<SignInCredentials>(() => credentialsForSignInUrl(account));
  const [step, setStep] = useState<SignInStep>({ step: 'credentials' });
  const [error, setError] = useState<Extract<SignInOutcome, { status: 'failed' }> | undefined>();
  const [submitting, setSubmitting] = useState(false);

  const run = async (request: (api: SignInRequests) => Promise<SignInOutcome>) => {
    setError(undefined);
    setSubmitting(true);
    try {
      const outcome = await request(requests);
      switch (outcome.status) {
        case 'signed-in':
          resetGraphqlClient();
          router.push('/');
          return;
        case 'mfa-required':
          setStep({ step: 'mfa' });
          return;
        case 'password-change-required':
          setStep({ step: 'new-password' });
          return;
        case 'failed':
          setError(outcome);
          return;
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <main className={styles.page}>
      <div className={styles.column}>
        <SpaceBetween size="l">
          <Box textAlign="center">
            <img src="/gatehouse-logo.svg" alt="" width={48} height={48} />
            <Box variant="h1" padding={{ top: 'xs' }}>
              Gatehouse
            </Box>
          </Box>
          <Container header={<Header variant="h1">{TITLES[step.step]}</Header>}>
            <SpaceBetween size="l">
              {error && (
                <Alert type="error" header={error.header}>
                  {error.message}
                  {error.rules && (
                    <ul>
                      {error.rules.map((rule) => (
                        <li key={rule}>{rule}</li>
                      ))}
                    </ul>
                  )}
                </Alert>
              )}
              {step.step === 'credentials' && (
                <CredentialsForm
                  credentials={credentials}
                  onChange={(change) => setCredentials((c) => ({ ...c, ...change }))}
                  submitting={submitting}
                  onSubmit={() => void run((api) => api.signIn(credentials))}
                />
              )}
              {step.step === 'mfa' && (
                <MfaForm
                  submitting={submitting}
                  onSubmit={(code) => void run((api) => api.submitMfaCode(code))}
                  onCancel={() => setStep({ step: 'credentials' })}
                />
              )}
              {step.step === 'new-password' && (
                <NewPasswordForm submitting={submitting} onSubmit={(newPassword) => void run((api) => api.changePassword(newPassword))} />
              )}
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </div>
    </main>
  );
}
