import type { Metadata } from 'next';
import { PolicyVersionPage } from '../../../../../../../features/policies/policy-versions/policy-version-page';

export const metadata: Metadata = { title: 'Policy version' };

export default async function Page({ params }: { params: Promise<{ policyArn: string; versionId: string }> }) {
  const { policyArn, versionId } = await params;
  return <PolicyVersionPage policyArn={decodeURIComponent(policyArn)} versionId={decodeURIComponent(versionId)} />;
}
