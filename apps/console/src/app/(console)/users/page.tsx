import type { Metadata } from 'next';
import { UsersListPage } from '../../../features/users/users-list-page';

export const metadata: Metadata = { title: 'Users' };

export default function UsersRoute() {
  return <UsersListPage />;
}
