import type { Metadata } from 'next';
import { EditTrustPolicyPage } from '../../../../../../features/roles/role-details/edit-trust-policy-page';

export const metadata: Metadata = { title: 'Edit trust policy' };

export default async function Page({ params }: { params: Promise<{ roleName: string }> }) {
  const { roleName } = await params;
  return <EditTrustPolicyPage roleName={decodeURIComponent(roleName)} />;
}
