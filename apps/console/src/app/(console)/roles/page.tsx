import type { Metadata } from 'next';
import { RolesListPage } from '../../../features/roles/roles-list-page';

export const metadata: Metadata = { title: 'Roles' };

export default function Page() {
  return <RolesListPage />;
}
