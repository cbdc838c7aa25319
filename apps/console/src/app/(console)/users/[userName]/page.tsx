import type { Metadata } from 'next';
import { Suspense } from 'react';
import { UserDetailsPage } from '../../../../features/users/user-details/user-details-page';

export const metadata: Metadata = { title: 'User' };

export default async function UserDetailsRoute({ params }: { params: Promise<{ userName: string }> }) {
  const { userName } = await params;
  // The page reads ?tab= from the URL, which only exists in the browser.
  return (
    <Suspense>
      <UserDetailsPage userName={decodeURIComponent(userName)} />
    </Suspense>
  );
}
