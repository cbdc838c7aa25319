import type { Metadata } from 'next';
import { CompareVersionsPage } from '../../../../../../features/policies/policy-versions/compare-versions-page';

export const metadata: Metadata = { title: 'Compare policy versions' };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ policyArn: string }>;
  searchParams: Promise<{ left?: string; right?: string }>;
}) {
  const [{ policyArn }, { left = '', right = '' }] = await Promise.all([params, searchParams]);
  return <CompareVersionsPage policyArn={decodeURIComponent(policyArn)} left={left} right={right} />;
}
