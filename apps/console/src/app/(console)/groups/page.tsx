import type { Metadata } from 'next';
import { GroupsListPage } from '../../../features/groups/groups-list-page';

export const metadata: Metadata = { title: 'User groups' };

export default function GroupsRoute() {
  return <GroupsListPage />;
}
