'use client';

import type { TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { displayNameOf, ROLE_COLOR_HEX, recentRoleFor, type RecentRole } from './role-history';
import { useRoleHistory } from './use-role-history';
import { useResetGraphqlClient } from '../../../graphql/provider';
import { formatAccountId, principalLabel } from './principal';
import { SignOutMutation, SwitchRoleBackMutation, SwitchRoleMutation } from './identity.documents';
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
  const { roles: recentRoles, remember } = useRoleHistory();
  const [, switchRole] = useMutation(SwitchRoleMutation);

  const principal = identity?.principal;
  const startOver = (path: string) => {
    resetGraphqlClient();
    router.push(path);
  };

  const items: TopNavigationProps.MenuDropdownUtility['items'] = [
    ...(principal && principal.type !== 'assumed-role' ? [{ id: 'security-credentials', text: 'Security credentials', href: '/security-credentials' }] : []),
    principal?.type === 'assumed-role' ? { id: 'switch-back', text: 'Switch back' } : { id: 'switch-role', text: 'Switch role' },
    ...(recentRoles.length > 0 && principal?.type !== 'assumed-role'
      ? [
          {
            id: 'role-history',
            text: 'Role history',
            items: recentRoles.map((role, index) => ({ id: `recent-role:${index}`, text: displayNameOf(role), iconSvg: colorSwatch(role) })),
          },
        ]
      : []),
    { id: 'sign-out', text: 'Sign out' },
  ];
  const activeRole = principal?.type === 'assumed-role' ? recentRoleFor(recentRoles, principal.accountId, principal.roleName) : undefined;

  const utility: TopNavigationProps.MenuDropdownUtility = {
    type: 'menu-dropdown',
    text: activeRole?.displayName ? activeRole.displayName : principal ? principalLabel(principal, identity?.accountAlias) : 'Loading',
    description: principal
      ? [
          `Account ID: ${formatAccountId(principal.accountId)}`,
          principal.type === 'assumed-role' ? `Currently active as: ${principal.roleName}` : undefined,
        ]
          .filter(Boolean)
          .join(' · ')
      : undefined,
    iconName: activeRole ? undefined : 'user-profile',
    iconSvg: activeRole ? colorSwatch(activeRole) : undefined,
    items,
    onItemFollow: (event) => {
      if (!event.detail.href) return;
      event.preventDefault();
      router.push(event.detail.href);
    },
    onItemClick: async ({ detail }) => {
      const recent = detail.id.startsWith('recent-role:') ? recentRoles[Number(detail.id.slice('recent-role:'.length))] : undefined;
      if (recent) {
        const switched = await switchRole({ input: { account: recent.accountId, roleName: recent.roleName } });
        if (switched.error) {
          setSwitchRoleVisible(true);
          return;
        }
        remember(recent);
        startOver('/');
        return;
      }
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

/** The role's display colour as the menu's icon, as AWS's console colours the switched identity. */
function colorSwatch(role: RecentRole): ReactNode {
  return (
    <svg viewBox="0 0 16 16" focusable="false" aria-hidden="true">
      <rect x="1" y="1" width="14" height="14" rx="2" fill={ROLE_COLOR_HEX[role.color]} />
    </svg>
  );
}
