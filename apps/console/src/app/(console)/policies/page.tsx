import type { Metadata } from 'next';
import { PoliciesListPage } from '../../../features/policies/policies-list-page';

export const metadata: Metadata = { title: 'Policies' };

export default function Page() {
  return <PoliciesListPage />;
}
