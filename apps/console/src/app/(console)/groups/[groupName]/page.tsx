import type { Metadata } from 'next';
import { Suspense } from 'react';
import { GroupDetailsPage } from '../../../../features/groups/group-details-page';

export const metadata: Metadata = { title: 'User group' };

export default async function GroupDetailsRoute({ params }: { params: Promise<{ groupName: string }> }) {
  const { groupName } = await params;
  // The page reads ?tab= from the URL, which only exists in the browser.
  return (
    <Suspense>
      <GroupDetailsPage groupName={decodeURIComponent(groupName)} />
    </Suspense>
  );
}
