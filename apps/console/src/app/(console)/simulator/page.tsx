import type { Metadata } from 'next';
import { SimulatorPage } from '../../../features/simulator/simulator-page';

export const metadata: Metadata = { title: 'Policy simulator' };

export default function Page() {
  return <SimulatorPage />;
}
