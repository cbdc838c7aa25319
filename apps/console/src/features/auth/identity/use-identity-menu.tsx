'use client';

import type { TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { useResetGraphqlClient } from '../../../graphql/provider';
import { formatAccountId, principalLabel } from './principal';
import { SignOutMutation, SwitchRoleBackMutation } from './identity.documents';
import { SwitchRoleModal } from './switch-role-modal';
import { useCallerIdentity } from './use-caller-identity';

/**
 * The identity menu at the right of the top bar, as in the AWS console: who is signed in and in which account, the
 * user's own security credentials, Switch role (or Switch back while acting as a role) and Sign out.
 */
export function useIdentityMenu(): { utility: TopNavigationProps.Utility; modal: ReactNode } {
  const router = useRouter();
  const resetGraphqlClient = useResetGraphqlClient();
  const { identity } = useCallerIdentity();
  const [, signOut] = useMutation(SignOutMutation);
  const [, switchRoleBack] = useMutation(SwitchRoleBackMutation);
  const [switchRoleVisible, setSwitchRoleVisible] = useState(false);

  const principal = identity?.principal;
  const startOver = (path: string) => {
    resetGraphqlClient();
    router.push(path);
  };

  const items: TopNavigationProps.MenuDropdownUtility['items'] = [
    ...(principal && principal.type !== 'assumed-role' ? [{ id: 'security-credentials', text: 'Security credentials', href: '/security-credentials' }] : []),
    principal?.type === 'assumed-role' ? { id: 'switch-back', text: 'Switch back' } : { id: 'switch-role', text: 'Switch role' },
    { id: 'sign-out', text: 'Sign out' },
  ];

  const utility: TopNavigationProps.MenuDropdownUtility = {
    type: 'menu-dropdown',
    text: principal ? principalLabel(principal, identity?.accountAlias) : 'Loading',
    description: principal
      ? [
          `Account ID: ${formatAccountId(principal.accountId)}`,
          principal.type === 'assumed-role' ? `Currently active as: ${principal.roleName}` : undefined,
        ]
          .filter(Boolean)
          .join(' · ')
      : undefined,
    iconName: 'user-profile',
    items,
    onItemFollow: (event) => {
      if (!event.detail.href) return;
      event.preventDefault();
      router.push(event.detail.href);
    },
    onItemClick: async ({ detail }) => {
      switch (detail.id) {
        case 'switch-role':
          setSwitchRoleVisible(true);
          return;
        case 'switch-back':
          await switchRoleBack({});
          startOver('/');
          return;
        case 'sign-out':
          await signOut({});
          startOver('/signin');
          return;
      }
    },
  };

  const modal = (
    <SwitchRoleModal
      visible={switchRoleVisible}
      onDismiss={() => setSwitchRoleVisible(false)}
      onSwitched={() => {
        setSwitchRoleVisible(false);
        startOver('/');
      }}
    />
  );
  return { utility, modal };
}
