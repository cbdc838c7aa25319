'use client';

import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A flash message: success after a change, or an error with the API's message and AWS error code. */
export interface Notification {
  type: 'success' | 'error' | 'warning' | 'info';
  header?: string;
  content: ReactNode;
}

interface NotificationsApi {
  items: FlashbarProps.MessageDefinition[];
  notify: (notification: Notification) => void;
}

const NotificationsContext = createContext<NotificationsApi | null>(null);

let nextNotificationId = 0;

/** The console's flashbar messages. They outlive page changes, as in the AWS console after "Create user". */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notifications, setNotifications] = useState<Array<Notification & { id: string }>>([]);

  const dismiss = useCallback((id: string) => setNotifications((current) => current.filter((n) => n.id !== id)), []);
  const notify = useCallback((notification: Notification) => {
    nextNotificationId += 1;
    setNotifications((current) => [...current, { ...notification, id: `notification-${nextNotificationId}` }]);
  }, []);

  const api = useMemo<NotificationsApi>(
    () => ({
      items: notifications.map(({ id, type, header, content }) => ({
        id,
        type,
        header,
        content,
        dismissible: true,
        dismissLabel: 'Dismiss message',
        onDismiss: () => dismiss(id),
      })),
      notify,
    }),
    [notifications, notify, dismiss],
  );
  return <NotificationsContext.Provider value={api}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsApi {
  const context = useContext(NotificationsContext);
  if (!context) throw new Error('notifications are only available inside the console layout');
  return context;
}
