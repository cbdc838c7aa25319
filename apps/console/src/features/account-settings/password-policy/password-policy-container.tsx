'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useRouter } from 'next/navigation';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { DEFAULT_POLICY_RULES, passwordPolicyRules } from './password-policy-form';
import { usePasswordPolicy } from './use-password-policy';

/** Account settings → Password policy: the rules in force, custom or IAM's default. */
export function PasswordPolicyContainer() {
  const router = useRouter();
  const { policy, error } = usePasswordPolicy();
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="A password policy is a set of rules that define complexity requirements and mandatory rotation periods for your IAM users' passwords."
          actions={<Button onClick={() => router.push('/account-settings/password-policy/edit')}>Edit</Button>}
        >
          Password policy
        </Header>
      }
    >
      {error ? (
        <ApiErrorFlashbar error={error} failedTo="load the password policy" />
      ) : policy === undefined ? (
        <Spinner />
      ) : (
        <SpaceBetween size="xs">
          <Box>This account uses the following {policy ? 'custom' : 'default'} password policy:</Box>
          <ul data-testid="password-policy-rules">
            {(policy ? passwordPolicyRules(policy) : DEFAULT_POLICY_RULES).map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </SpaceBetween>
      )}
    </Container>
  );
}
