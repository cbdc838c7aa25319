import type { Metadata } from 'next';
import { IdentityProvidersListPage } from '../../../features/identity-providers/identity-providers-list-page';

export const metadata: Metadata = { title: 'Identity providers' };

export default function Page() {
  return <IdentityProvidersListPage />;
}
