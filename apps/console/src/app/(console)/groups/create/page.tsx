import type { Metadata } from 'next';
import { CreateGroupPage } from '../../../../features/groups/create-group-page';

export const metadata: Metadata = { title: 'Create user group' };

export default function CreateGroupRoute() {
  return <CreateGroupPage />;
}
