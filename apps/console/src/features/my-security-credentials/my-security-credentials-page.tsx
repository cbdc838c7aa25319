'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { formatAccountId } from '../auth/identity/principal';
import { useCallerIdentity } from '../auth/identity/use-caller-identity';
import { AccessKeysContainer } from '../users/user-details/security-credentials/access-keys-container';
import { MfaDevicesContainer } from '../users/user-details/security-credentials/mfa-devices-container';
import { ChangePasswordContainer } from './change-password-container';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Security credentials', href: '/security-credentials' },
];

/**
 * AWS's "My security credentials": the signed-in IAM user's or root user's own password, MFA and access keys. It
 * reads nothing but the caller's identity and its credentials, so it works with exactly the self-service
 * permissions (`${aws:username}`); each section says what the caller's permissions don't allow.
 */
export function MySecurityCredentialsPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const { identity } = useCallerIdentity();
  if (!identity) return <Spinner size="large" />;
  const { principal } = identity;

  if (principal.type === 'assumed-role') {
    return (
      <ContentLayout header={<Header variant="h1">My security credentials</Header>}>
        <Alert type="info" header="Role sessions have no security credentials of their own">
          You are signed in as the role {principal.roleName}. Switch back to your own identity to manage your password, MFA and access keys.
        </Alert>
      </ContentLayout>
    );
  }

  const root = principal.type === 'root';
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            root
              ? 'The root user has unrestricted access to every resource of the account. Protect it with MFA and use it only for tasks that need it.'
              : 'Manage your own console password, MFA device and access keys.'
          }
        >
          {root ? 'My security credentials (root user)' : 'My security credentials'}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Account details</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              ...(principal.type === 'user' ? [{ label: 'User name', value: principal.userName }] : []),
              { label: 'AWS account ID', value: formatAccountId(principal.accountId) },
              ...(identity.accountAlias ? [{ label: 'Account alias', value: identity.accountAlias }] : []),
              { label: root ? 'Root user ARN' : 'User ARN', value: identity.arn },
            ]}
          />
        </Container>
        <ChangePasswordContainer
          rules={
            root
              ? 'Between 8 and 128 characters, with at least three of: uppercase letters, lowercase letters, numbers, symbols.'
              : "Your new password must meet the account's password policy."
          }
        />
        <MfaDevicesContainer userName={principal.type === 'user' ? principal.userName : undefined} />
        <SpaceBetween size="m">
          {root && (
            <Alert type="warning" header="Root user access keys">
              As a best practice, avoid using long-term credentials like access keys. We don&apos;t recommend that you create root user access keys:
              because you can&apos;t limit the root user&apos;s permissions with a policy, anyone with these keys can do anything in the account.
              Create an IAM user or a role for tasks that need programmatic access instead.
            </Alert>
          )}
          <AccessKeysContainer userName={principal.type === 'user' ? principal.userName : undefined} />
        </SpaceBetween>
        {!root && (
          <Box variant="small" color="text-body-secondary">
            What you can change here depends on your permissions: changing your password needs iam:ChangePassword, MFA needs
            iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:DeactivateMFADevice and iam:DeleteVirtualMFADevice, access keys need
            iam:CreateAccessKey, iam:UpdateAccessKey and iam:DeleteAccessKey, each on your own user.
          </Box>
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
