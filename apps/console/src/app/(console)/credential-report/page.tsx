import type { Metadata } from 'next';
import { CredentialReportPage } from '../../../features/credential-report/credential-report-page';

export const metadata: Metadata = { title: 'Credential report' };

export default function Page() {
  return <CredentialReportPage />;
}
