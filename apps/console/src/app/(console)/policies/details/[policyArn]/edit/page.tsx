import type { Metadata } from 'next';
import { EditPolicyPage } from '../../../../../../features/policies/policy-details/edit-policy-page';

export const metadata: Metadata = { title: 'Edit policy' };

export default async function Page({ params }: { params: Promise<{ policyArn: string }> }) {
  const { policyArn } = await params;
  return <EditPolicyPage policyArn={decodeURIComponent(policyArn)} />;
}
