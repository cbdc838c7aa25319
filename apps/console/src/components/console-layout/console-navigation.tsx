'use client';

import SideNavigation from '@cloudscape-design/components/side-navigation';
import { usePathname } from 'next/navigation';
import { useFollow } from '../navigation/use-follow';
import { activeNavigationHref, consoleNavigationItems } from './console-navigation-items';

export function ConsoleNavigation() {
  const pathname = usePathname();
  const onFollow = useFollow();
  return (
    <SideNavigation
      header={{ text: 'Identity and Access Management (IAM)', href: '/' }}
      activeHref={activeNavigationHref(pathname)}
      items={consoleNavigationItems}
      onFollow={onFollow}
    />
  );
}
