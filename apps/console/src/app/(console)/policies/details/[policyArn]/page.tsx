import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PolicyDetailsPage } from '../../../../../features/policies/policy-details/policy-details-page';

export const metadata: Metadata = { title: 'Policy' };

export default async function Page({ params }: { params: Promise<{ policyArn: string }> }) {
  const { policyArn } = await params;
  // The tab is read from ?tab=, which only exists in the browser.
  return (
    <Suspense>
      <PolicyDetailsPage policyArn={decodeURIComponent(policyArn)} />
    </Suspense>
  );
}
