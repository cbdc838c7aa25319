import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RoleDetailsPage } from '../../../../features/roles/role-details/role-details-page';

export const metadata: Metadata = { title: 'Role' };

export default async function Page({ params }: { params: Promise<{ roleName: string }> }) {
  const { roleName } = await params;
  // The tab is read from ?tab=, which only exists in the browser.
  return (
    <Suspense>
      <RoleDetailsPage roleName={decodeURIComponent(roleName)} />
    </Suspense>
  );
}
