'use client';

import TopNavigation from '@cloudscape-design/components/top-navigation';
import { useRouter } from 'next/navigation';
import { useIdentityMenu } from '../../features/auth/identity/use-identity-menu';

/** The dark bar across the top of every console page: product identity on the left, the signed-in identity on the right. */
export function ConsoleTopNavigation() {
  const router = useRouter();
  const identityMenu = useIdentityMenu();
  return (
    <>
      <TopNavigation
        identity={{
          href: '/',
          title: 'Gatehouse',
          logo: { src: '/gatehouse-logo.svg', alt: 'Gatehouse' },
          onFollow: (event) => {
            event.preventDefault();
            router.push('/');
          },
        }}
        utilities={[identityMenu.utility]}
        i18nStrings={{ overflowMenuTriggerText: 'More', overflowMenuTitleText: 'All' }}
      />
      {identityMenu.modal}
    </>
  );
}
