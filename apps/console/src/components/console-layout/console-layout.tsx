'use client';

import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Flashbar from '@cloudscape-design/components/flashbar';
import { useState, type ReactNode } from 'react';
import { useFollow } from '../navigation/use-follow';
import { CatalogProvider } from '../../features/catalog/catalog-provider';
import { BreadcrumbsProvider, useBreadcrumbs } from './breadcrumbs';
import { ConsoleNavigation } from './console-navigation';
import { ConsoleTopNavigation } from './console-top-navigation';
import { NotificationsProvider, useNotifications } from './notifications';

const TOP_NAVIGATION_ID = 'console-top-navigation';

/** Every signed-in page: top bar, IAM side navigation, breadcrumbs, flashbar, then the page. */
export function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <BreadcrumbsProvider>
      <NotificationsProvider>
        <div id={TOP_NAVIGATION_ID} style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
          <ConsoleTopNavigation />
        </div>
        <CatalogProvider>
          <ConsoleAppLayout>{children}</ConsoleAppLayout>
        </CatalogProvider>
      </NotificationsProvider>
    </BreadcrumbsProvider>
  );
}

function ConsoleAppLayout({ children }: { children: ReactNode }) {
  const [navigationOpen, setNavigationOpen] = useState(true);
  const breadcrumbs = useBreadcrumbs();
  const notifications = useNotifications();
  const onFollow = useFollow();
  return (
    <AppLayout
      headerSelector={`#${TOP_NAVIGATION_ID}`}
      navigation={<ConsoleNavigation />}
      navigationOpen={navigationOpen}
      onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
      breadcrumbs={
        breadcrumbs.length > 0 ? (
          <BreadcrumbGroup items={[...breadcrumbs]} onFollow={onFollow} ariaLabel="Breadcrumbs" />
        ) : undefined
      }
      notifications={<Flashbar items={notifications.items} />}
      stickyNotifications
      toolsHide
      content={children}
      ariaLabels={{
        navigation: 'Side navigation',
        navigationToggle: 'Open side navigation',
        navigationClose: 'Close side navigation',
        notifications: 'Notifications',
      }}
    />
  );
}
