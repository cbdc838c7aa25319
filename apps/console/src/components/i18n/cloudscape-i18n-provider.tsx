'use client';

import { I18nProvider } from '@cloudscape-design/components/i18n';
import messages from '@cloudscape-design/components/i18n/messages/all.en';
import type { ReactNode } from 'react';

/** Cloudscape's own English strings (wizard buttons, tag editor, pagination…), bundled rather than fetched. */
export function CloudscapeI18nProvider({ children }: { children: ReactNode }) {
  return (
    <I18nProvider locale="en" messages={[messages]}>
      {children}
    </I18nProvider>
  );
}
