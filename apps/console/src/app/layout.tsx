import '@cloudscape-design/global-styles/index.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { CloudscapeI18nProvider } from '../components/i18n/cloudscape-i18n-provider';
import { GraphqlProvider } from '../graphql/provider';

export const metadata: Metadata = {
  title: { default: 'IAM | Gatehouse', template: '%s | IAM | Gatehouse' },
  description: 'Gatehouse identity and access management console',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <CloudscapeI18nProvider>
          <GraphqlProvider>{children}</GraphqlProvider>
        </CloudscapeI18nProvider>
      </body>
    </html>
  );
}
