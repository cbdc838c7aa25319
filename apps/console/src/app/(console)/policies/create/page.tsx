import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CreatePolicyWizard } from '../../../../features/policies/create-policy/create-policy-wizard';

export const metadata: Metadata = { title: 'Create policy' };

export default function CreatePolicyPage() {
  // The wizard reads ?editor= from the URL, which only exists in the browser.
  return (
    <Suspense>
      <CreatePolicyWizard />
    </Suspense>
  );
}
