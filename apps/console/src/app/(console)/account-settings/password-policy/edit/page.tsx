import type { Metadata } from 'next';
import { EditPasswordPolicyPage } from '../../../../../features/account-settings/password-policy/edit-password-policy-page';

export const metadata: Metadata = { title: 'Edit password policy' };

export default function Page() {
  return <EditPasswordPolicyPage />;
}
