import type { Metadata } from 'next';
import { AddProviderPage } from '../../../../features/identity-providers/add-provider-page';

export const metadata: Metadata = { title: 'Add an identity provider' };

export default function Page() {
  return <AddProviderPage />;
}
