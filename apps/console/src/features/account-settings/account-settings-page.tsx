'use client';

import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { AccountAliasContainer } from './account-alias-container';
import { PasswordPolicyContainer } from './password-policy/password-policy-container';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Account settings', href: '/account-settings' },
];

export function AccountSettingsPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  return (
    <ContentLayout header={<Header variant="h1">Account settings</Header>}>
      <SpaceBetween size="l">
        <PasswordPolicyContainer />
        <AccountAliasContainer />
      </SpaceBetween>
    </ContentLayout>
  );
}
