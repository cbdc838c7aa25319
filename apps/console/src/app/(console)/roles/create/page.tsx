import type { Metadata } from 'next';
import { CreateRoleWizard } from '../../../../features/roles/create-role/create-role-wizard';

export const metadata: Metadata = { title: 'Create role' };

export default function Page() {
  return <CreateRoleWizard />;
}
