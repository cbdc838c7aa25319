import type { Metadata } from 'next';
import { CreateUserWizard } from '../../../../features/users/create-user-wizard/create-user-wizard';

export const metadata: Metadata = { title: 'Create user' };

export default function CreateUserRoute() {
  return <CreateUserWizard />;
}
