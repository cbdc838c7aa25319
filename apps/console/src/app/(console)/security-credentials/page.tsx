import type { Metadata } from 'next';
import { MySecurityCredentialsPage } from '../../../features/my-security-credentials/my-security-credentials-page';

export const metadata: Metadata = { title: 'My security credentials' };

export default function Page() {
  return <MySecurityCredentialsPage />;
}
