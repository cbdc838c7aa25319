import type { Metadata } from 'next';
import { EventHistoryPage } from '../../../features/event-history/event-history-page';

export const metadata: Metadata = { title: 'Event history' };

export default function Page() {
  return <EventHistoryPage />;
}
