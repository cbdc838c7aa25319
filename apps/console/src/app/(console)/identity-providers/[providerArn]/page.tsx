import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ProviderDetailsPage } from '../../../../features/identity-providers/provider-details/provider-details-page';

export const metadata: Metadata = { title: 'Identity provider' };

export default async function Page({ params }: { params: Promise<{ providerArn: string }> }) {
  const { providerArn } = await params;
  // The tab is read from ?tab=, which only exists in the browser.
  return (
    <Suspense>
      <ProviderDetailsPage arn={decodeURIComponent(providerArn)} />
    </Suspense>
  );
}
