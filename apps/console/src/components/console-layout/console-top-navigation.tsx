'use client';

import TopNavigation from '@cloudscape-design/components/top-navigation';
import { useRouter } from 'next/navigation';
import { useFollow } from '../navigation/use-follow';

/** The dark bar across the top of every console page: product identity on the left, the signed-in identity on the right. */
export function ConsoleTopNavigation() {
  const router = useRouter();
  const onFollow = useFollow();
  return (
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
      utilities={[{ type: 'button', text: 'Sign in', iconName: 'user-profile', href: '/signin', onFollow }]}
      i18nStrings={{ overflowMenuTriggerText: 'More', overflowMenuTitleText: 'All' }}
    />
  );
}
